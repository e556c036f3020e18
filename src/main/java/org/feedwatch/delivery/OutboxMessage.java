package org.feedwatch.delivery;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A rendered mail waiting for (or done with) delivery. {@code digestKey} is unique: a digest for the same
 * subscriber and period can be recorded only once, whatever timers fire twice or servers run side by side.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = "OutboxMessage.newest", query = "SELECT m FROM OutboxMessage m ORDER BY m.id DESC")
@NamedQuery(name = "OutboxMessage.newestWithStatus",
        query = "SELECT m FROM OutboxMessage m WHERE m.status = :status ORDER BY m.id DESC")
@NamedQuery(name = "OutboxMessage.pageBefore",
        query = "SELECT m FROM OutboxMessage m WHERE m.id < :before ORDER BY m.id DESC")
@NamedQuery(name = "OutboxMessage.pageWithStatusBefore",
        query = "SELECT m FROM OutboxMessage m WHERE m.status = :status AND m.id < :before ORDER BY m.id DESC")
@NamedQuery(name = "OutboxMessage.newestOfSubscriber",
        query = "SELECT m FROM OutboxMessage m WHERE m.subscriberId = :subscriberId ORDER BY m.id DESC")
@NamedQuery(name = "OutboxMessage.countByStatus",
        query = "SELECT m.status, COUNT(m) FROM OutboxMessage m GROUP BY m.status")
@NamedQuery(name = "OutboxMessage.oldestPending", query = "SELECT MIN(m.createdAt) FROM OutboxMessage m"
        + " WHERE m.status = org.feedwatch.delivery.OutboxStatus.PENDING")
@NamedQuery(name = "OutboxMessage.pendingCreatedBefore", query = "SELECT m FROM OutboxMessage m"
        + " WHERE m.status = org.feedwatch.delivery.OutboxStatus.PENDING AND m.createdAt < :cutoff")
@NamedQuery(name = "OutboxMessage.byIds", query = "SELECT m FROM OutboxMessage m WHERE m.id IN :ids ORDER BY m.id")
@NamedQuery(name = "OutboxMessage.byArchiveId",
        query = "SELECT m FROM OutboxMessage m WHERE m.archiveId = :archiveId")
@NamedQuery(name = "OutboxMessage.lastOfKinds", query = "SELECT MAX(m.createdAt) FROM OutboxMessage m"
        + " WHERE m.subscriberId = :subscriberId AND m.kind IN :kinds")
@NamedQuery(name = "OutboxMessage.byKey", query = "SELECT m FROM OutboxMessage m WHERE m.digestKey = :key")
public class OutboxMessage {

    private static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscriber_id")
    private Long subscriberId;

    @Column(name = "digest_key", nullable = false, length = 120)
    private String digestKey;

    /** The digest's id in its archive URL and Message-ID: derived from the key, so a re-render keeps it. */
    @Column(name = "archive_id", length = 36)
    private String archiveId;

    /**
     * What kind of mail this is: the digest step's word for it (ALERT, DAILY, WEEKLY, NOW), or the sign-up's
     * (CONFIRM for the double opt-in mail, NOTICE for "you are already subscribed").
     */
    @Column(length = 20)
    private String kind;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 998)
    private String subject;

    @Column(name = "message_id", nullable = false, length = 255)
    private String messageId;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Lob
    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(long subscriberId, String digestKey, String kind, String recipient, String subject,
            String messageId, String bodyHtml, String bodyText, int entryCount, Instant now) {
        this.subscriberId = subscriberId;
        this.digestKey = Objects.requireNonNull(digestKey);
        this.archiveId = archiveIdOf(digestKey);
        this.kind = Objects.requireNonNull(kind);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = HeaderText.oneLine(subject, 998);
        this.messageId = Objects.requireNonNull(messageId);
        this.bodyHtml = Objects.requireNonNull(bodyHtml);
        this.bodyText = Objects.requireNonNull(bodyText);
        this.entryCount = entryCount;
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The archive id a digest with this key gets: a name-based UUID, stable for the key. */
    public static String archiveIdOf(String digestKey) {
        return UUID.nameUUIDFromBytes(digestKey.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The server accepted it. Only a pending message can be sent; returns false (and changes nothing) if not. */
    boolean sent(Instant now) {
        if (status != OutboxStatus.PENDING) {
            return false;
        }
        status = OutboxStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
        return true;
    }

    /**
     * The server refused this message for now (4xx): it is tried again after the policy's delay, unless this was
     * its last attempt, which fails it.
     */
    void refusedForNow(String answer, Instant now, RetryPolicy policy) {
        if (status != OutboxStatus.PENDING) {
            return;
        }
        attempts++;
        if (attempts >= policy.maxAttempts()) {
            status = OutboxStatus.FAILED;
            lastError = cut("gave up after " + attempts + " attempts: " + answer);
            return;
        }
        lastError = cut(answer);
        nextAttemptAt = now.plus(policy.delayAfter(attempts));
    }

    /** The server refused the message for good (5xx): failed, with the server's words. */
    void refused(String answer) {
        if (status != OutboxStatus.PENDING) {
            return;
        }
        attempts++;
        lastError = cut(answer);
        status = OutboxStatus.FAILED;
    }

    /**
     * The mail server could not be reached, so the message was not tried: it stays pending, due at {@code when},
     * and its attempts are not touched; the error says why it waits.
     */
    void waiting(String error, Instant when) {
        if (status != OutboxStatus.PENDING) {
            return;
        }
        lastError = cut(error);
        nextAttemptAt = when;
    }

    /** Pending too long while the server was unreachable: failed with that reason, no attempt counted. */
    void expired(String reason) {
        if (status == OutboxStatus.PENDING) {
            status = OutboxStatus.FAILED;
            lastError = cut(reason);
        }
    }

    /**
     * The administrator asks for another try of a failed message: pending again now, with a fresh set of attempts.
     * Returns false (and changes nothing) when the message has not failed.
     */
    boolean retry(Instant now) {
        if (status != OutboxStatus.FAILED) {
            return false;
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    private static String cut(String error) {
        String e = error == null ? "unknown error" : error;
        return e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e;
    }

    public Long id() {
        return id;
    }

    public Optional<Long> subscriberId() {
        return Optional.ofNullable(subscriberId);
    }

    public String digestKey() {
        return digestKey;
    }

    public String archiveId() {
        return archiveId;
    }

    public String kind() {
        return kind == null ? "DAILY" : kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String messageId() {
        return messageId;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public int entryCount() {
        return entryCount;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
