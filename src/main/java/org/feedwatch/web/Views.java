package org.feedwatch.web;

import java.time.Instant;
import java.util.List;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.feed.Feed;
import org.feedwatch.ingest.PollResult;
import org.feedwatch.match.Match;
import org.feedwatch.rule.Rule;
import org.feedwatch.subscriber.Subscriber;

/** The JSON shapes the API answers with (serialised by JSON-B); entities never leave as they are. */
public final class Views {

    private Views() {
    }

    public record FeedView(long id, String url, String title, int pollMinutes, boolean enabled, String status,
            Integer lastHttpStatus, Instant lastFetchAt, Instant lastSuccessAt, String lastError,
            Instant lastErrorAt, int consecutiveErrors, Instant nextPollAt, String etag, String lastModified) {

        public static FeedView of(Feed f) {
            return new FeedView(f.id(), f.url(), f.title().orElse(null), f.pollMinutes(), f.enabled(),
                    f.lastStatus().name(), f.lastHttpStatus().orElse(null), f.lastFetchAt().orElse(null),
                    f.lastSuccessAt().orElse(null), f.lastError().orElse(null), f.lastErrorAt().orElse(null),
                    f.consecutiveErrors(), f.nextPollAt(), f.etag().orElse(null), f.lastModified().orElse(null));
        }
    }

    public record PollView(long feedId, String status, int newItems, int updatedItems, int newMatches, String error) {
        public static PollView of(PollResult r) {
            return new PollView(r.feedId(), r.status().name(), r.newItems(), r.updatedItems(), r.newMatches(),
                    r.error().orElse(null));
        }
    }

    public record SubscriberView(long id, String email, String timeZone, int digestHour, boolean confirmed,
            boolean active, Instant nextDigestAt, Instant lastDigestAt, Instant createdAt) {
        public static SubscriberView of(Subscriber s) {
            return new SubscriberView(s.id(), s.email(), s.zone().getId(), s.digestHour(), s.confirmed(), s.active(),
                    s.nextDigestAt().orElse(null), s.lastDigestAt().orElse(null), s.createdAt());
        }
    }

    public record RuleView(long id, long subscriberId, String name, String type, String definition, Instant createdAt) {
        public static RuleView of(Rule r) {
            return new RuleView(r.id(), r.subscriberId(), r.name(), r.type(), r.definition(), r.createdAt());
        }
    }

    public record MatchView(long id, long itemId, String guid, String link, String title, long feedId, String feed,
            long ruleId, List<String> matchedTerms, Instant matchedAt, Instant publishedAt, boolean sent) {
        public static MatchView of(Match m) {
            return new MatchView(m.id(), m.item().id(), m.item().guid().orElse(null), m.item().link().orElse(null),
                    m.item().title(), m.item().feed().id(), m.item().feed().title().orElse(m.item().feed().url()),
                    m.ruleId(), m.matchedTerms(), m.matchedAt(), m.item().publishedAt(), m.outboxId().isPresent());
        }
    }

    public record DigestView(long outboxId, String status, String recipient, String subject, String messageId,
            int entries, int attempts, String lastError, Instant sentAt) {
        public static DigestView of(OutboxMessage m) {
            return new DigestView(m.id(), m.status().name(), m.recipient(), m.subject(), m.messageId(),
                    m.entryCount(), m.attempts(), m.lastError().orElse(null), m.sentAt().orElse(null));
        }
    }
}
