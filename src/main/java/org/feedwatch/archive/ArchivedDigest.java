package org.feedwatch.archive;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.feedwatch.delivery.OutboxStatus;

/**
 * One digest in a subscriber's archive: what the list shows of it, without its bodies.
 *
 * @param kind   the digest step's word for it (ALERT, DAILY, WEEKLY, NOW)
 * @param sentAt when the mail server accepted it, if it did
 */
public record ArchivedDigest(long id, String archiveId, String kind, String subject, Instant createdAt,
        Optional<Instant> sentAt, int entryCount, OutboxStatus status) {

    public ArchivedDigest {
        Objects.requireNonNull(archiveId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(sentAt);
        Objects.requireNonNull(status);
    }

    /** The kind as a reader says it: alert, daily, weekly, or on request. */
    public String kindLabel() {
        return switch (kind.toUpperCase(Locale.ROOT)) {
            case "ALERT" -> "alert";
            case "WEEKLY" -> "weekly";
            case "NOW" -> "on request";
            default -> "daily";
        };
    }

    /** When it went out, or, not sent yet, when it was written. */
    public Instant shownAt() {
        return sentAt.orElse(createdAt);
    }
}
