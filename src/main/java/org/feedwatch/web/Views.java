package org.feedwatch.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedHealth;
import org.feedwatch.feed.Item;
import org.feedwatch.feed.WebSubSubscription;
import org.feedwatch.ingest.PollResult;
import org.feedwatch.match.Match;
import org.feedwatch.match.RuleHit;
import org.feedwatch.match.RuleTrial;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.topic.Topic;
import org.feedwatch.subscriber.DeliveryMode;
import org.feedwatch.subscriber.Subscriber;

/** The JSON shapes the API answers with (serialised by JSON-B); entities never leave as they are. */
public final class Views {

    private Views() {
    }

    /**
     * A feed with its health. {@code status} is the last poll's outcome (NEW, OK, NOT_MODIFIED, ERROR, GONE);
     * {@code failingSince} starts the current run of errors; {@code pollInterval} (ISO-8601) and
     * {@code nextPollReason} say why {@code nextPollAt} is when it is; {@code itemsPerDay} is the publishing rate over
     * the recent window (null while unknown); {@code polls}, {@code notModified} and {@code errors} count since the
     * feed was added, and {@code notModifiedRate} is the share of answers that were 304.
     */
    public record FeedView(long id, String url, String title, int pollMinutes, boolean enabled, String disabledReason,
            Instant disabledAt, String status, Integer lastHttpStatus, Instant lastFetchAt, Instant lastSuccessAt,
            String lastError, Instant lastErrorAt, int consecutiveErrors, Instant failingSince, Instant nextPollAt,
            String nextPollReason, String pollInterval, Double itemsPerDay, int polls, int notModified, int errors,
            Double notModifiedRate, String etag, String lastModified, WebSubView webSub) {

        public static FeedView of(Feed f) {
            FeedHealth h = f.health();
            return new FeedView(f.id(), f.url(), f.title().orElse(null), f.pollMinutes(), f.enabled(),
                    f.disabledReason().orElse(null), f.disabledAt().orElse(null), h.lastStatus().name(),
                    h.lastHttpStatus().orElse(null), h.lastFetchAt().orElse(null), h.lastSuccessAt().orElse(null),
                    h.lastError().orElse(null), h.lastErrorAt().orElse(null), h.consecutiveErrors(),
                    h.failingSince().orElse(null), f.nextPollAt(), f.nextPollReason().map(Enum::name).orElse(null),
                    f.pollInterval().map(Duration::toString).orElse(null), h.itemsPerDay().map(Views::rounded)
                    .orElse(null), h.fetchCount(), h.notModifiedCount(), h.errorCount(),
                    h.notModifiedRate().map(Views::rounded).orElse(null), f.etag().orElse(null),
                    f.lastModified().orElse(null), WebSubView.of(f.webSub()));
        }
    }

    /**
     * The feed's WebSub subscription: {@code state} NONE, PENDING, ACTIVE or FAILED; {@code hub} and {@code topic}
     * as the feed advertises them (null when it advertises no hub); {@code leaseExpiresAt} while verified.
     */
    public record WebSubView(String state, String hub, String topic, Instant requestedAt, Instant leaseExpiresAt,
            String lastError, Instant lastPushAt) {
        static WebSubView of(WebSubSubscription s) {
            return new WebSubView(s.state().name(), s.hub().orElse(null), s.topic().orElse(null),
                    s.requestedAt().orElse(null), s.leaseExpiresAt().orElse(null), s.lastError().orElse(null),
                    s.lastPushAt().orElse(null));
        }
    }

    public record PollView(long feedId, String status, int newItems, int updatedItems, int newMatches, String error) {
        public static PollView of(PollResult r) {
            return new PollView(r.feedId(), r.status().name(), r.newItems(), r.updatedItems(), r.newMatches(),
                    r.error().orElse(null));
        }
    }

    /** Three decimals are plenty for a rate and keep the JSON readable. */
    private static double rounded(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /**
     * A subscriber with their delivery: {@code nextDigestAt} is the next daily slot and {@code nextWeeklyAt} the
     * next weekly one (both planned whatever the mode, since a rule may ask for another mode).
     */
    public record SubscriberView(long id, String email, String timeZone, String deliveryMode, String digestTime,
            int digestHour, String weekday, boolean confirmed, boolean active, String pausedReason, int hardBounces,
            Instant nextDigestAt, Instant nextWeeklyAt, Instant lastDigestAt, Instant lastAlertAt, Instant createdAt) {
        public static SubscriberView of(Subscriber s) {
            return new SubscriberView(s.id(), s.email(), s.zone().getId(), s.deliveryMode().apiName(),
                    s.digestTime().toString(), s.digestHour(), s.digestWeekday().name().toLowerCase(Locale.ROOT),
                    s.confirmed(), s.active(), s.pausedReason().orElse(null), s.hardBounces(),
                    s.nextDigestAt().orElse(null), s.nextWeeklyAt().orElse(null), s.lastDigestAt().orElse(null),
                    s.lastAlertAt().orElse(null), s.createdAt());
        }
    }

    /** A rule with its type's definition as a JSON object (a watchlist's says which rows were skipped). */
    /** {@code deliveryMode} is the rule's own (immediate, daily, weekly) or {@code subscriber} when it follows theirs. */
    public record RuleView(long id, long subscriberId, String name, String type, JsonObject definition,
            String deliveryMode, Instant createdAt) {
        public static RuleView of(Rule r) {
            JsonObject definition;
            try (JsonReader reader = Json.createReader(new StringReader(r.definition()))) {
                definition = reader.readObject();
            }
            return new RuleView(r.id(), r.subscriberId(), r.name(), r.type(), definition,
                    r.deliveryMode().map(DeliveryMode::apiName).orElse("subscriber"), r.createdAt());
        }
    }

    public record MatchView(long id, long itemId, String guid, String link, String title, long feedId, String feed,
            long ruleId, List<String> matchedTerms, List<String> meanings, String snippet, Instant matchedAt,
            Instant publishedAt, boolean sent) {
        public static MatchView of(Match m) {
            return new MatchView(m.id(), m.item().id(), m.item().guid().orElse(null), m.item().link().orElse(null),
                    m.item().title(), m.item().feed().id(), m.item().feed().title().orElse(m.item().feed().url()),
                    m.ruleId(), m.matchedTerms(), m.meanings(), m.snippet(), m.matchedAt(), m.item().publishedAt(),
                    m.outboxId().isPresent());
        }
    }

    public record DigestView(long outboxId, String status, String recipient, String subject, String messageId,
            int entries, int attempts, String lastError, Instant sentAt) {
        public static DigestView of(OutboxMessage m) {
            return new DigestView(m.id(), m.status().name(), m.recipient(), m.subject(), m.messageId(),
                    m.entryCount(), m.attempts(), m.lastError().orElse(null), m.sentAt().orElse(null));
        }
    }

    /** Why a rule matched a text: the words found, what they stand for, and the snippet around them. */
    public record HitView(List<String> highlights, List<String> meanings, String snippet) {
        public static HitView of(RuleHit hit) {
            return new HitView(hit.matchedTerms(), hit.meanings(), hit.snippet());
        }
    }

    public record TrialView(boolean matched, List<String> highlights, List<String> meanings, String snippet) {
        public static TrialView of(List<RuleHit> hits) {
            return hits.isEmpty() ? new TrialView(false, List.of(), List.of(), "")
                    : new TrialView(true, hits.get(0).matchedTerms(), hits.get(0).meanings(), hits.get(0).snippet());
        }
    }

    public record PreviewItemView(long itemId, String title, String link, long feedId, String feed,
            Instant publishedAt, HitView why) {
        public static PreviewItemView of(RuleTrial.Found found) {
            Item item = found.item();
            return new PreviewItemView(item.id(), item.title(), item.link().orElse(null), item.feed().id(),
                    item.feed().title().orElse(item.feed().url()), item.publishedAt(), HitView.of(found.hit()));
        }
    }

    public record PreviewView(int days, int scanned, boolean capped, List<PreviewItemView> matches) {
        public static PreviewView of(RuleTrial.Preview preview) {
            return new PreviewView(preview.days(), preview.scanned(), preview.capped(),
                    preview.matches().stream().map(PreviewItemView::of).toList());
        }
    }

    public record TopicView(String name, String title, String description, String query) {
        public static TopicView of(Topic topic) {
            return new TopicView(topic.name(), topic.title(), topic.description(), topic.query());
        }
    }

    public record TopicsView(List<TopicView> topics, List<String> problems) {
    }
}
