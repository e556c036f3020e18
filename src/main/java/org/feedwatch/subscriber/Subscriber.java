package org.feedwatch.subscriber;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who gets mail about their matches: alerts as they arrive, or a daily or weekly digest at a local time
 * in their own time zone, or nothing while paused. Both scheduled slots are always planned ({@code nextDigestAt}
 * daily, {@code nextWeeklyAt} weekly), because a rule may ask for another mode than its subscriber.
 */
@Entity
@Table(name = "subscriber")
@NamedQuery(name = "Subscriber.byEmail", query = "SELECT s FROM Subscriber s WHERE s.email = :email")
@NamedQuery(name = "Subscriber.dueIds", query = "SELECT s.id FROM Subscriber s WHERE s.confirmed = TRUE"
        + " AND s.unsubscribedAt IS NULL AND s.nextDigestAt <= :now AND s.id > :after ORDER BY s.id")
@NamedQuery(name = "Subscriber.weeklyDueIds", query = "SELECT s.id FROM Subscriber s WHERE s.confirmed = TRUE"
        + " AND s.unsubscribedAt IS NULL AND s.nextWeeklyAt <= :now AND s.id > :after ORDER BY s.id")
@NamedQuery(name = "Subscriber.unconfirmedBefore", query = "SELECT s.id FROM Subscriber s WHERE s.confirmed = FALSE"
        + " AND s.createdAt < :cutoff")
@NamedQuery(name = "Subscriber.byIds", query = "SELECT s FROM Subscriber s WHERE s.id IN :ids")
@NamedQuery(name = "Subscriber.search", query = "SELECT s FROM Subscriber s WHERE LOWER(s.email) LIKE :pattern"
        + " ESCAPE '!' AND s.id > :after ORDER BY s.id")
public class Subscriber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "digest_hour", nullable = false)
    private int digestHour;

    @Column(name = "digest_minute", nullable = false)
    private int digestMinute;

    /** ISO day of week, 1 = Monday. */
    @Column(name = "digest_weekday", nullable = false)
    private int digestWeekday = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false, length = 20)
    private DeliveryMode deliveryMode = DeliveryMode.DAILY;

    @Column(name = "paused_reason", length = 500)
    private String pausedReason;

    @Column(name = "hard_bounces", nullable = false)
    private int hardBounces;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "next_digest_at")
    private Instant nextDigestAt;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    @Column(name = "next_weekly_at")
    private Instant nextWeeklyAt;

    @Column(name = "last_alert_at")
    private Instant lastAlertAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Subscriber() {
    }

    public Subscriber(String email, ZoneId zone, int digestHour, boolean confirmed, Instant now) {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("digestHour must be 0..23");
        }
        this.email = Objects.requireNonNull(email);
        this.timeZone = zone.getId();
        this.digestHour = digestHour;
        this.confirmed = confirmed;
        this.createdAt = now;
        plan(now);
    }

    /**
     * Changes how and when mail comes. The slots are planned from now, so a new time applies from its next
     * occurrence; a digest already recorded for today stays (its key is the day).
     */
    public void deliver(DeliveryMode mode, LocalTime time, DayOfWeek weekday, ZoneId zone, Instant now) {
        this.deliveryMode = Objects.requireNonNull(mode);
        this.digestHour = time.getHour();
        this.digestMinute = time.getMinute();
        this.digestWeekday = weekday.getValue();
        this.timeZone = zone.getId();
        this.pausedReason = mode == DeliveryMode.PAUSED ? pausedReason : null;
        if (mode != DeliveryMode.PAUSED) {
            hardBounces = 0;
        }
        plan(now);
    }

    /** Stops mail until the subscriber chooses a mode again, saying why (shown to them and the admin). */
    public void pause(String reason) {
        this.deliveryMode = DeliveryMode.PAUSED;
        this.pausedReason = reason;
    }

    /** The daily slot was served (a digest recorded, or nothing to send): plan the next one. */
    public void digestDone(Instant now) {
        this.lastDigestAt = now;
        this.nextDigestAt = DeliverySchedule.nextDaily(now, zone(), digestTime());
    }

    /** The weekly slot was served: plan the next one. */
    public void weeklyDone(Instant now) {
        this.lastDigestAt = now;
        this.nextWeeklyAt = DeliverySchedule.nextWeekly(now, zone(), digestWeekday(), digestTime());
    }

    /** An alert mail was recorded: the next one waits for the batching window. */
    public void alertSent(Instant now) {
        this.lastAlertAt = now;
    }

    /**
     * The mail server refused a mail to this address for good (5xx). After {@code limit} in a row mail is
     * paused, so a dead address stops costing reputation; returns true when this bounce paused it.
     */
    public boolean hardBounce(int limit, String serverAnswer) {
        hardBounces++;
        if (hardBounces >= limit && deliveryMode != DeliveryMode.PAUSED) {
            pause("the mail server refused " + hardBounces + " mails in a row: " + serverAnswer);
            return true;
        }
        return false;
    }

    /** A mail was accepted: bounces are counted from here. */
    public void accepted() {
        hardBounces = 0;
    }

    private void plan(Instant now) {
        this.nextDigestAt = DeliverySchedule.nextDaily(now, zone(), digestTime());
        this.nextWeeklyAt = DeliverySchedule.nextWeekly(now, zone(), digestWeekday(), digestTime());
    }

    /** Stops all mail at once; the subscriber's archive and rules stay until they are deleted. */
    public void unsubscribe(Instant now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
        }
    }

    /**
     * The owner of the address clicked the confirmation link: mail may start. Idempotent; an address that had
     * unsubscribed and subscribed again is subscribed again. The slots are planned from now, so matches waiting
     * since the sign-up go out at the next slot, not at once.
     */
    public void confirm(Instant now) {
        if (!active()) {
            confirmed = true;
            unsubscribedAt = null;
            plan(now);
        }
    }

    public boolean active() {
        return confirmed && unsubscribedAt == null;
    }

    public Optional<Instant> unsubscribedAt() {
        return Optional.ofNullable(unsubscribedAt);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int digestHour() {
        return digestHour;
    }

    public int digestMinute() {
        return digestMinute;
    }

    /** The local time of scheduled digests. */
    public LocalTime digestTime() {
        return LocalTime.of(digestHour, digestMinute);
    }

    public DayOfWeek digestWeekday() {
        return DayOfWeek.of(digestWeekday);
    }

    public DeliveryMode deliveryMode() {
        return deliveryMode;
    }

    /** Why mail is paused when the server paused it (bounces); empty when the subscriber chose it or it is not. */
    public Optional<String> pausedReason() {
        return Optional.ofNullable(pausedReason);
    }

    public int hardBounces() {
        return hardBounces;
    }

    public Optional<Instant> nextWeeklyAt() {
        return Optional.ofNullable(nextWeeklyAt);
    }

    public Optional<Instant> lastAlertAt() {
        return Optional.ofNullable(lastAlertAt);
    }

    public boolean confirmed() {
        return confirmed;
    }

    public Optional<Instant> nextDigestAt() {
        return Optional.ofNullable(nextDigestAt);
    }

    public Optional<Instant> lastDigestAt() {
        return Optional.ofNullable(lastDigestAt);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
