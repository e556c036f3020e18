package org.feedwatch.digest;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.feedwatch.config.DigestConfig;
import org.feedwatch.config.MailConfig;
import org.feedwatch.config.SecretConfig;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.Item;
import org.feedwatch.feed.ItemContent;
import org.feedwatch.match.Match;
import org.feedwatch.match.RuleHit;
import org.feedwatch.subscriber.DeliveryMode;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;

/**
 * Real entities and a real composer for tests, without a container: the fields CDI and JPA would fill (ids,
 * injected config) are set by reflection.
 */
final class Fixtures {

    static final String BASE = "https://feedwatch.example";
    static final Instant NOW = Instant.parse("2025-12-13T10:00:00Z");

    private Fixtures() {
    }

    static DigestComposer composer() {
        DigestConfig config = set(new DigestConfig(), "maxEntries", 50);
        ServerConfig server = set(new ServerConfig(), "baseUrl", BASE);
        SecretConfig secret = set(new SecretConfig(), "secret", Optional.of("0123456789abcdef0123456789abcdef"));
        MailConfig mail = set(new MailConfig(), "unsubscribeAddress", Optional.<String>empty());
        LinkSigner links = set(set(set(new LinkSigner(), "server", server), "secret", secret), "mail", mail);
        return set(set(new DigestComposer(), "config", config), "links", links);
    }

    static LinkSigner links(DigestComposer composer) {
        return composer.links;
    }

    static Subscriber subscriber(long id, String zone) {
        return set(new Subscriber("reader@example.org", ZoneId.of(zone), 7, true, NOW), "id", id);
    }

    static Feed feed(long id, String title) {
        return set(new Feed("https://feeds.example/" + id, Optional.ofNullable(title), 15, NOW), "id", id);
    }

    static Item item(long id, Feed feed, String title, String summary, String link, Instant published) {
        ItemContent content = new ItemContent(Optional.of("guid-" + id), Optional.ofNullable(link), title, summary,
                "", "", Optional.of(published), List.of(), List.of(), List.of(), Optional.empty());
        return set(new Item(feed, "key-" + id, content, published), "id", id);
    }

    private static long matchIds = 1000;

    static Match match(Item item, long ruleId, List<String> terms, List<String> meanings, String snippet) {
        Match match = new Match(1, item, new RuleHit(ruleId, terms, meanings, snippet), NOW, DeliveryMode.DAILY);
        return set(match, "id", matchIds++);
    }

    static Match match(Item item, long ruleId, String term) {
        return match(item, ruleId, List.of(term), List.of(), "");
    }

    static <T> T set(T target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return target;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(target.getClass() + " has no field " + name);
    }
}
