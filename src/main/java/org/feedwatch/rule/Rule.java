package org.feedwatch.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.feedwatch.subscriber.DeliveryMode;

/** A subscriber's watch rule: a name, a rule type, and that type's stored definition (JSON). */
@Entity
@Table(name = "watch_rule")
@NamedQuery(name = "Rule.all", query = "SELECT r FROM Rule r ORDER BY r.id")
@NamedQuery(name = "Rule.bySubscriber", query = "SELECT r FROM Rule r WHERE r.subscriberId = :subscriberId ORDER BY r.id")
@NamedQuery(name = "Rule.byType", query = "SELECT r FROM Rule r WHERE r.type = :type ORDER BY r.id")
@NamedQuery(name = "Rule.byIds", query = "SELECT r FROM Rule r WHERE r.id IN :ids")
@NamedQuery(name = "Rule.countBySubscribers", query = "SELECT r.subscriberId, COUNT(r) FROM Rule r"
        + " WHERE r.subscriberId IN :ids GROUP BY r.subscriberId")
@NamedQuery(name = "Rule.definitionsOfType", query = "SELECT r.definition FROM Rule r WHERE r.type = :type")
public class Rule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscriber_id", nullable = false)
    private Long subscriberId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "rule_type", nullable = false, length = 40)
    private String type;

    @Lob
    @Column(nullable = false)
    private String definition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** This rule's own delivery mode; null follows the subscriber's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", length = 20)
    private DeliveryMode deliveryMode;

    protected Rule() {
    }

    public Rule(long subscriberId, String name, String type, String definition, Instant now) {
        this.subscriberId = subscriberId;
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.definition = Objects.requireNonNull(definition);
        this.createdAt = now;
    }

    /** Gives the rule a new version; its id, owner and creation time stay. */
    public void redefine(String name, String type, String definition) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.definition = Objects.requireNonNull(definition);
    }

    /**
     * Gives the rule its own delivery mode (an alert for one person while the rest comes daily), or follows the
     * subscriber's again with empty. A rule cannot pause itself: pausing is the subscriber's, deleting the rule's.
     */
    public void deliverAs(Optional<DeliveryMode> mode) {
        if (mode.isPresent() && mode.get() == DeliveryMode.PAUSED) {
            throw new IllegalArgumentException("a rule cannot be paused");
        }
        this.deliveryMode = mode.orElse(null);
    }

    public Optional<DeliveryMode> deliveryMode() {
        return Optional.ofNullable(deliveryMode);
    }

    /** The mail this rule's matches wait for, given the subscriber's mode: paused wins, then the rule's own. */
    public DeliveryMode channel(DeliveryMode subscriberMode) {
        return channel(deliveryMode, subscriberMode);
    }

    /** {@link #channel(DeliveryMode)} for a rule mode read on its own (null: follows the subscriber). */
    public static DeliveryMode channel(DeliveryMode ruleMode, DeliveryMode subscriberMode) {
        return subscriberMode == DeliveryMode.PAUSED || ruleMode == null ? subscriberMode : ruleMode;
    }

    public Long id() {
        return id;
    }

    public long subscriberId() {
        return subscriberId;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    /** The type's own JSON, e.g. {@code {"query":"sanctions -football"}}. */
    public String definition() {
        return definition;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
