package org.feedwatch.web;

import java.time.Duration;
import java.time.Instant;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.delivery.OutboxStatus;
import org.feedwatch.delivery.SenderState;

/** The JSON shapes of the outbox API. */
public final class OutboxViews {

    private OutboxViews() {
    }

    /**
     * A message in the outbox. {@code status} is {@code pending}, {@code sent} or {@code failed}; {@code lastError}
     * is the server's answer (code and text) or the connection error; {@code waiting} says why a pending message
     * has not gone out while the mail server cannot be reached ("waiting: &lt;error&gt; since &lt;time&gt;").
     */
    public record MessageView(long id, Long subscriberId, String recipient, String kind, String subject,
            String status, int attempts, Instant nextAttemptAt, String lastError, String waiting, Instant createdAt,
            Instant sentAt, String archiveId, String messageId) {

        static MessageView of(OutboxMessage m, SenderState sender) {
            boolean pending = m.status() == OutboxStatus.PENDING;
            return new MessageView(m.id(), m.subscriberId().orElse(null), m.recipient(), m.kind(), m.subject(),
                    m.status().name().toLowerCase(), m.attempts(), pending ? m.nextAttemptAt() : null,
                    m.lastError().orElse(null), pending ? sender.waiting().orElse(null) : null, m.createdAt(),
                    m.sentAt().orElse(null), m.archiveId(), m.messageId());
        }
    }

    /**
     * The sender's state: {@code ok}, or {@code backing-off} until {@code nextTryAt} because of {@code lastError}
     * (first seen at {@code since}, {@code failedConnections} in a row).
     */
    public record SenderView(String state, Instant nextTryAt, String lastError, Instant since, int failedConnections,
            String waiting) {
        static SenderView of(SenderState s) {
            return new SenderView(s.backingOff() ? "backing-off" : "ok", s.until().orElse(null),
                    s.lastError().orElse(null), s.since().orElse(null), s.failedConnections(),
                    s.waiting().orElse(null));
        }
    }

    /** Counts by status, the age of the oldest pending message (ISO-8601 duration, null when none) and the sender. */
    public record StatusView(long pending, long sent, long failed, Instant oldestPendingCreatedAt,
            String oldestPendingAge, SenderView sender) {
        static StatusView of(Outbox.Counts counts, SenderState sender, Instant now) {
            Instant oldest = counts.oldestPendingCreatedAt().orElse(null);
            return new StatusView(counts.byStatus().get(OutboxStatus.PENDING), counts.byStatus().get(OutboxStatus.SENT),
                    counts.byStatus().get(OutboxStatus.FAILED), oldest,
                    oldest == null ? null : Duration.between(oldest, now).withNanos(0).toString(), SenderView.of(sender));
        }
    }

    /** What a forced drain did. */
    public record DrainView(int sent, StatusView status) {
    }
}
