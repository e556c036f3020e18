package org.feedwatch.subscriber;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** Someone who gets a daily digest of their matches at a local hour in their own time zone. */
@Entity
@Table(name = "subscriber")
@NamedQuery(name = "Subscriber.byEmail", query = "SELECT s FROM Subscriber s WHERE s.email = :email")
@NamedQuery(name = "Subscriber.dueIds", query = "SELECT s.id FROM Subscriber s WHERE s.confirmed = TRUE"
        + " AND s.unsubscribedAt IS NULL AND s.nextDigestAt <= :now AND s.id > :after ORDER BY s.id")
@NamedQuery(name = "Subscriber.byIds", query = "SELECT s FROM Subscriber s WHERE s.id IN :ids")
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

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "next_digest_at")
    private Instant nextDigestAt;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

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
        this.nextDigestAt = DailySchedule.nextAfter(now, zone, digestHour);
    }

    /** A digest for the period ending now was recorded (or there was nothing to send): plan the next one. */
    public void digestDone(Instant now) {
        this.lastDigestAt = now;
        this.nextDigestAt = DailySchedule.nextAfter(now, zone(), digestHour);
    }

    /** Stops all mail at once; the subscriber's archive and rules stay until they are deleted. */
    public void unsubscribe(Instant now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
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
