package org.feedwatch.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.Item;
import org.feedwatch.match.Match;
import org.feedwatch.subscriber.Subscriber;

/**
 * The digest-delivery benchmark's input, built as production builds it: real {@link Feed}, {@link Item},
 * {@link Match} and {@link Subscriber} objects (ids set as JPA would, via the tests' {@link Fixtures}) handed to the
 * production {@link DigestComposer}, so story grouping, "also reported by", "also matches" and the per-digest cap are
 * part of composing. Stories come from a shared pool ({@link BenchmarkStories}: popular items reach many
 * subscribers, as in production, so the grouper's signature cache is warm); about a third are reported by 2–3 feeds
 * with the same text, 15 % of a digest's stories also match a second rule of the subscriber. Fixed seed.
 */
public final class BenchmarkCorpus {

    /** A subscriber's due digest: what DigestWriter gets from DigestStore (the database reads are not timed). */
    public record Due(Subscriber subscriber, List<Match> matches, String digestKey) {
    }

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Minsk"), ZoneId.of("Europe/Vilnius"),
            ZoneId.of("Europe/Warsaw"), ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"));

    private final DigestComposer composer = Fixtures.composer();
    private final BenchmarkStories stories = new BenchmarkStories(Instant.parse("2026-11-22T07:00:00Z"));
    private final int storiesPerDigest;

    public BenchmarkCorpus(int storiesPerDigest) {
        this.storiesPerDigest = storiesPerDigest;
    }

    public Instant now() {
        return stories.now();
    }

    /** Digest number {@code n}: {@code storiesPerDigest} stories over 1–5 of the subscriber's rules. */
    public Due due(int n) {
        Random r = new Random(n * 7_919L + 17);
        int ruleCount = 1 + r.nextInt(Math.min(5, storiesPerDigest));
        List<Integer> rules = new ArrayList<>();
        while (rules.size() < ruleCount) {
            int rule = r.nextInt(BenchmarkStories.RULES.size());
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        long subscriberId = 100_000L + n;
        Subscriber subscriber = Fixtures.set(Fixtures.subscriber(subscriberId, ZONES.get(n % ZONES.size()).getId()),
                "email", "reader" + n + "@subscribers.example.net");
        List<Match> matches = new ArrayList<>();
        int left = storiesPerDigest;
        for (int i = 0; i < ruleCount; i++) {
            int count = i == ruleCount - 1 ? left : Math.max(1, left / (ruleCount - i) + r.nextInt(3) - 1);
            left -= count;
            int rule = rules.get(i);
            int start = r.nextInt(BenchmarkStories.PER_RULE);
            for (int k = 0; k < count; k++) {
                BenchmarkStories.Story story = stories.story(rule, (start + k) % BenchmarkStories.PER_RULE);
                matches.addAll(stories.matches(subscriberId, rule, story));
                if (ruleCount > 1 && r.nextInt(100) < 15) {
                    int other = rules.get((i + 1 + r.nextInt(ruleCount - 1)) % ruleCount);
                    matches.add(stories.alsoMatches(subscriberId, other, story.lead()));
                }
            }
        }
        return new Due(subscriber, matches, "DAILY:" + subscriberId + ":2026-11-22");
    }

    /** What DigestWriter does before rendering: the production composer, capped as configured. */
    public DigestView compose(Due due, int maxEntries) {
        return composer.compose(due.subscriber(), due.matches(), ruleNames(), now(), DigestKind.DAILY,
                OutboxMessage.archiveIdOf(due.digestKey()), maxEntries);
    }

    /** The outbox row DigestStore.record makes of a rendered digest (same Message-ID rule). */
    public OutboxMessage outboxMessage(Due due, DigestView view, RenderedDigest rendered) {
        String key = due.digestKey();
        return new OutboxMessage(due.subscriber().id(), key, DigestKind.DAILY.name(), due.subscriber().email(),
                view.subject(), "<" + OutboxMessage.archiveIdOf(key) + "@feedwatch.example>", rendered.html(),
                rendered.text(), view.entryCount() + view.moreCount(), now());
    }

    /** The one-click unsubscribe URL OutboxSender passes to MimeBuilder (UnsubscribeLinks, signed). */
    public String unsubscribeUrl(Due due) {
        return Fixtures.links(composer).unsubscribeUrl(due.subscriber().id());
    }

    public static Map<Long, String> ruleNames() {
        return BenchmarkStories.RULE_NAMES;
    }

    static Item item(long id, Feed feed, String title, String summary, String link, Instant published) {
        return Fixtures.item(id, feed, title, summary, link, published);
    }
}
