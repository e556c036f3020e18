package org.feedwatch.match;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.feedwatch.feed.Item;
import org.feedwatch.subscriber.DeliveryMode;

/**
 * An item that matched one of a subscriber's rules, with the words that made it match. Stored once per rule and
 * item (unique constraint); {@code outboxId} is set when a digest covering it is recorded.
 */
@Entity
@Table(name = "item_match")
@NamedQuery(name = "Match.bySubscriber", query = "SELECT m FROM Match m JOIN FETCH m.item i JOIN FETCH i.feed"
        + " WHERE m.subscriberId = :subscriberId ORDER BY m.id DESC")
@NamedQuery(name = "Match.unsentFor", query = "SELECT m FROM Match m JOIN FETCH m.item i JOIN FETCH i.feed"
        + " WHERE m.subscriberId IN :subscriberIds AND m.outboxId IS NULL ORDER BY m.id")
@NamedQuery(name = "Match.rulesOfItems",
        query = "SELECT m.item.id, m.ruleId FROM Match m WHERE m.item.id IN :itemIds")
@NamedQuery(name = "Match.markSent",
        query = "UPDATE Match m SET m.outboxId = :outboxId, m.pending = NULL WHERE m.id IN :ids AND m.outboxId IS NULL")
@NamedQuery(name = "Match.pendingFor", query = "SELECT m FROM Match m JOIN FETCH m.item i JOIN FETCH i.feed"
        + " WHERE m.subscriberId IN :subscriberIds AND m.pending = :channel ORDER BY m.id")
@NamedQuery(name = "Match.alertsWaiting", query = "SELECT m.subscriberId, MIN(m.matchedAt), MIN(m.id) FROM Match m"
        + " WHERE m.pending = org.feedwatch.subscriber.DeliveryMode.IMMEDIATE GROUP BY m.subscriberId")
public class Match {

    private static final int SNIPPET_COLUMN = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscriber_id", nullable = false)
    private Long subscriberId;

    @Column(name = "rule_id", nullable = false)
    private Long ruleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    @Convert(converter = TermListConverter.class)
    @Column(name = "matched_terms", nullable = false, length = 2000)
    private List<String> matchedTerms;

    @Convert(converter = TermListConverter.class)
    @Column(name = "matched_as", nullable = false, length = 2000)
    private List<String> meanings;

    @Column(nullable = false, length = SNIPPET_COLUMN)
    private String snippet;

    @Column(name = "matched_at", nullable = false)
    private Instant matchedAt;

    @Column(name = "outbox_id")
    private Long outboxId;

    /** The mail this match waits for; null once a digest covers it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DeliveryMode pending;

    protected Match() {
    }

    public Match(long subscriberId, Item item, RuleHit hit, Instant matchedAt, DeliveryMode pending) {
        this.pending = Objects.requireNonNull(pending);
        this.subscriberId = subscriberId;
        this.ruleId = hit.ruleId();
        this.item = Objects.requireNonNull(item);
        this.matchedTerms = hit.matchedTerms();
        this.meanings = hit.meanings();
        this.snippet = hit.snippet().length() <= SNIPPET_COLUMN ? hit.snippet()
                : hit.snippet().substring(0, SNIPPET_COLUMN - 1) + "…";
        this.matchedAt = matchedAt;
    }

    public Long id() {
        return id;
    }

    public long subscriberId() {
        return subscriberId;
    }

    public long ruleId() {
        return ruleId;
    }

    public Item item() {
        return item;
    }

    public List<String> matchedTerms() {
        return matchedTerms;
    }

    /** What the hit stands for, e.g. the person a name rule found; empty for keyword rules. */
    public List<String> meanings() {
        return meanings;
    }

    /** A short excerpt of the item around the matched words ({@code ""} for matches stored before it was kept). */
    public String snippet() {
        return snippet;
    }

    public Instant matchedAt() {
        return matchedAt;
    }

    /** The mail this match waits for; empty once a digest covers it. */
    public Optional<DeliveryMode> pending() {
        return Optional.ofNullable(pending);
    }

    public Optional<Long> outboxId() {
        return Optional.ofNullable(outboxId);
    }
}
