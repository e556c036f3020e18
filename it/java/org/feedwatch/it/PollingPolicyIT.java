package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The polling policy seen through the API: 410 disables a feed until it is re-enabled, 429/503 wait as long as
 * Retry-After asks, Cache-Control and ttl lengthen the interval, the publishing rate sets it, and the health fields
 * and /health/ready say so. Feeds come from the local feed server; nothing is polled by the timer (IT setting).
 */
@ExtendWith(ArquillianExtension.class)
class PollingPolicyIT {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void aGoneFeedIsDisabledVisiblyAndCanBeEnabledAgain() {
        String path = "/gone-" + run + ".xml";
        feeds.fail(path, 410);
        long id = api.addFeed(feeds.url(path));

        JsonObject polled = api.poll(id);
        assertEquals("GONE", polled.getString("status"), polled.toString());
        JsonObject gone = feed(id);
        assertFalse(gone.getBoolean("enabled"), gone.toString());
        assertEquals("GONE", gone.getString("status"));
        assertEquals(410, gone.getInt("lastHttpStatus"));
        assertTrue(gone.getString("disabledReason").contains("410 Gone"), gone.toString());
        assertNotNull(Instant.parse(gone.getString("disabledAt")));
        assertTrue(listed(id).isPresent(), "the list shows disabled feeds too");
        assertFalse(listed(id).get().getBoolean("enabled"));
        JsonObject health = feedsHealth();
        assertTrue(health.getJsonObject("data").getJsonNumber("gone").longValue() >= 1, health.toString());

        feeds.serve(path, FeedServer.rss("Back " + run, FeedServer.item(run, "Back again", "yes")),
                "application/rss+xml");
        HttpResponse<String> enabled = api.post("/api/feeds/" + id + "/enable", null);
        assertEquals(200, enabled.statusCode(), enabled.body());
        JsonObject again = Api.object(enabled);
        assertTrue(again.getBoolean("enabled"), again.toString());
        assertTrue(isNull(again, "disabledReason"), again.toString());
        assertEquals("ENABLED", again.getString("nextPollReason"));
        assertFalse(Instant.parse(again.getString("nextPollAt")).isAfter(Instant.now().plusSeconds(1)),
                "an enabled feed is due at once: " + again);

        assertEquals("OK", api.poll(id).getString("status"));
        JsonObject ok = feed(id);
        assertEquals(0, ok.getInt("consecutiveErrors"));
        assertTrue(isNull(ok, "failingSince"), ok.toString());
        assertEquals(2, ok.getInt("polls"));
        assertEquals(1, ok.getInt("errors"));

        JsonObject disabled = Api.object(api.post("/api/feeds/" + id + "/disable", null));
        assertFalse(disabled.getBoolean("enabled"));
        assertEquals("disabled by the administrator", disabled.getString("disabledReason"));
        assertEquals(404, api.post("/api/feeds/987654321/enable", null).statusCode());
    }

    @Test
    void tooManyRequestsAndServiceUnavailableWaitAsLongAsRetryAfterAsks() {
        String busy = "/busy-" + run + ".xml";
        feeds.fail(busy, 429);
        feeds.headers(busy, Map.of("Retry-After", "3600"));
        long busyId = api.addFeed(feeds.url(busy));
        assertEquals("ERROR", api.poll(busyId).getString("status"));
        JsonObject view = feed(busyId);
        Instant failedAt = Instant.parse(view.getString("lastErrorAt"));
        assertEquals(failedAt.plus(Duration.ofHours(1)), Instant.parse(view.getString("nextPollAt")), view.toString());
        assertEquals("RETRY_AFTER", view.getString("nextPollReason"));
        assertEquals("PT1H", view.getString("pollInterval"));
        assertEquals(429, view.getInt("lastHttpStatus"));
        assertEquals(1, view.getInt("consecutiveErrors"));
        assertEquals(failedAt, Instant.parse(view.getString("failingSince")));
        assertTrue(view.getBoolean("enabled"), "a busy feed is retried, never dropped");

        String down = "/down-" + run + ".xml";
        Instant until = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        feeds.fail(down, 503);
        feeds.headers(down, Map.of("Retry-After", HTTP_DATE.format(until)));
        long downId = api.addFeed(feeds.url(down));
        assertEquals("ERROR", api.poll(downId).getString("status"));
        JsonObject downView = feed(downId);
        Instant next = Instant.parse(downView.getString("nextPollAt"));
        // The date is turned into a delay when the answer arrives and added when the poll is recorded.
        assertFalse(next.isBefore(until), downView.toString());
        assertTrue(next.isBefore(until.plusSeconds(60)), downView.toString());
        assertEquals("RETRY_AFTER", downView.getString("nextPollReason"));

        // feedwatch.poll.report-failing-after is PT0S on the IT server: both are reported at once.
        JsonObject health = feedsHealth();
        assertEquals("UP", health.getString("status"), "failing feeds never make the server unready");
        JsonObject data = health.getJsonObject("data");
        assertTrue(Arrays.asList(data.getString("failingFeedIds").split(",")).containsAll(
                List.of(String.valueOf(busyId), String.valueOf(downId))), health.toString());
        assertFalse(data.containsKey("error"), health.toString());
    }

    @Test
    void cacheControlAndTtlLengthenTheIntervalAnd304sAreCounted() {
        String cached = "/cached-" + run + ".xml";
        feeds.serve(cached, FeedServer.rss("Cached " + run, FeedServer.item(run + "-c", "Old news", "old")),
                "application/rss+xml");
        feeds.headers(cached, Map.of("Cache-Control", "public, max-age=7200"));
        long id = api.addFeed(feeds.url(cached));
        assertEquals("OK", api.poll(id).getString("status"));
        assertScheduled(feed(id), Duration.ofHours(2), "HTTP_CACHE");

        assertEquals("NOT_MODIFIED", api.poll(id).getString("status"));
        JsonObject afterNotModified = feed(id);
        assertScheduled(afterNotModified, Duration.ofHours(2), "HTTP_CACHE");
        assertEquals(2, afterNotModified.getInt("polls"));
        assertEquals(1, afterNotModified.getInt("notModified"));
        assertEquals(0.5, afterNotModified.getJsonNumber("notModifiedRate").doubleValue());
        assertTrue(feeds.lastUserAgent(cached).matches("Feedwatch/\\d[^ ]* \\(\\+https?://\\S+\\)"),
                feeds.lastUserAgent(cached));

        String ttl = "/ttl-" + run + ".xml";
        feeds.serve(ttl, FeedServer.rss("TTL " + run, "<ttl>180</ttl>", FeedServer.item(run + "-t", "Old", "old")),
                "application/rss+xml");
        long ttlId = api.addFeed(feeds.url(ttl));
        assertEquals("OK", api.poll(ttlId).getString("status"));
        assertScheduled(feed(ttlId), Duration.ofHours(3), "FEED_TTL");
        assertEquals("NOT_MODIFIED", api.poll(ttlId).getString("status"));
        assertScheduled(feed(ttlId), Duration.ofHours(3), "FEED_TTL");
    }

    @Test
    void thePublishingRateSetsTheInterval() {
        String busy = "/rate-" + run + ".xml";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        feeds.serve(busy, FeedServer.rss("Rate " + run, dated(run + "-1", now.minus(Duration.ofHours(1))),
                dated(run + "-2", now.minus(Duration.ofHours(2))), dated(run + "-3", now.minus(Duration.ofHours(3)))),
                "application/rss+xml");
        long id = api.addFeed(feeds.url(busy));
        assertEquals(3, api.poll(id).getInt("newItems"));
        JsonObject view = feed(id);
        // Three items within less than a day count as three a day: one poll every eight hours.
        assertEquals(3.0, view.getJsonNumber("itemsPerDay").doubleValue(), view.toString());
        assertScheduled(view, Duration.ofHours(8), "PUBLISHING_RATE");
    }

    /** JSON-B leaves null fields out. */
    private static boolean isNull(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static String dated(String guid, Instant published) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>Item " + guid + "</title>"
                + "<pubDate>" + HTTP_DATE.format(published) + "</pubDate></item>";
    }

    private static void assertScheduled(JsonObject view, Duration interval, String reason) {
        Instant fetchedAt = Instant.parse(view.getString("lastFetchAt"));
        assertEquals(fetchedAt.plus(interval), Instant.parse(view.getString("nextPollAt")), view.toString());
        assertEquals(interval.toString(), view.getString("pollInterval"));
        assertEquals(reason, view.getString("nextPollReason"));
    }

    private JsonObject feed(long id) {
        HttpResponse<String> response = api.get("/api/feeds/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    private Optional<JsonObject> listed(long id) {
        return Api.array(api.get("/api/feeds")).getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getJsonNumber("id").longValue() == id).findFirst();
    }

    /** The "feeds" check of /health/ready (data: failing, failingFeedIds, disabled, gone). */
    private JsonObject feedsHealth() {
        HttpResponse<String> response = api.get("/health/ready");
        return Api.object(response).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("feeds")).findFirst()
                .orElseThrow(() -> new AssertionError("no feeds check in " + response.body()));
    }
}
