package org.feedwatch.web.admin;

import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.delivery.OutboxStatus;

/** An outbox message as the console lists it: no bodies, times formatted, the server's answer as it came. */
public record OutboxRow(long id, Long subscriberId, String recipient, String kind, String subject, String status,
        int attempts, String nextAttempt, String lastError, String created, String sent, boolean failed) {

    static OutboxRow of(OutboxMessage m) {
        boolean pending = m.status() == OutboxStatus.PENDING;
        return new OutboxRow(m.id(), m.subscriberId().orElse(null), m.recipient(), m.kind(), m.subject(),
                m.status().name().toLowerCase(java.util.Locale.ROOT), m.attempts(),
                pending ? AdminPages.when(m.nextAttemptAt()) : null, m.lastError().orElse(null),
                AdminPages.when(m.createdAt()), AdminPages.when(m.sentAt()), m.status() == OutboxStatus.FAILED);
    }
}
