package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WebSub end to end with a tiny hub served by the local feed server (the only allow-listed address): the feed
 * advertises the hub, a poll subscribes, the test plays the hub's verification of intent against the public callback,
 * pushes signed content (stored and matched) and forged content (dropped), and deleting the feed unsubscribes.
 */
@ExtendWith(ArquillianExtension.class)
class WebSubIT {

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void aFeedWithAHubIsSubscribedVerifiedPushedAndUnsubscribed() throws Exception {
        String feedPath = "/websub-" + run + ".xml";
        String hubPath = "/hub-" + run;
        LinkedBlockingQueue<Map<String, String>> hubRequests = new LinkedBlockingQueue<>();
        feeds.respond(hubPath, exchange -> {
            hubRequests.add(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(202, -1);
        });
        feeds.serve(feedPath, feed(feeds.url(hubPath), feeds.url(feedPath)), "application/rss+xml");
        long subscriber = api.addSubscriber("websub-" + run + "@example.org");
        api.addKeywordRule(subscriber, "Kingfisher " + run, "kingfisher");
        long id = api.addFeed(feeds.url(feedPath));

        assertEquals("OK", api.poll(id).getString("status"));
        Map<String, String> subscribe = hubRequests.poll();
        assertNotNull(subscribe, "the poll asked the hub (on the polling thread)");
        assertEquals("subscribe", subscribe.get("hub.mode"));
        assertEquals(feeds.url(feedPath), subscribe.get("hub.topic"), "the topic is the feed's self link");
        String callback = subscribe.get("hub.callback");
        assertTrue(callback.startsWith(api.base() + "/websub/" + id + "/"), callback);
        assertEquals("864000", subscribe.get("hub.lease_seconds"), "the default lease asked is 10 days");
        String secret = subscribe.get("hub.secret");
        assertTrue(secret != null && secret.length() == 64, String.valueOf(secret));
        JsonObject pending = webSub(id);
        assertEquals("PENDING", pending.getString("state"), pending.toString());
        assertEquals(feeds.url(hubPath), pending.getString("hub"));

        String topic = feeds.url(feedPath);
        assertEquals(404, verify(callback, "subscribe", "https://evil.example/feed", "c1", "864000").statusCode(),
                "another topic is refused");
        String otherToken = callback.substring(0, callback.length() - 1) + (callback.endsWith("0") ? "1" : "0");
        assertEquals(404, verify(otherToken, "subscribe", topic, "c1", "864000").statusCode(),
                "another token is refused");
        assertEquals(404, verify(callback, "unsubscribe", topic, "c1", null).statusCode(),
                "an unsubscribe of a callback in use is refused");
        assertEquals("PENDING", webSub(id).getString("state"));

        HttpResponse<String> verified = verify(callback, "subscribe", topic, "challenge-" + run, "864000");
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("challenge-" + run, verified.body());
        assertTrue(verified.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        JsonObject active = webSub(id);
        assertEquals("ACTIVE", active.getString("state"), active.toString());
        Instant lease = Instant.parse(active.getString("leaseExpiresAt"));
        assertTrue(lease.isAfter(Instant.now().plus(Duration.ofDays(9))), active.toString());
        assertTrue(lease.isBefore(Instant.now().plus(Duration.ofDays(11))), active.toString());

        assertEquals("NOT_MODIFIED", api.poll(id).getString("status"), "polling goes on as a safety net");
        JsonObject polledWhilePushed = Api.object(api.get("/api/feeds/" + id));
        assertEquals("WEBSUB_SAFETY_NET", polledWhilePushed.getString("nextPollReason"),
                polledWhilePushed.toString());
        assertEquals("PT6H", polledWhilePushed.getString("pollInterval"));
        assertTrue(hubRequests.isEmpty(), "an active lease far from its end is not renewed: " + hubRequests);

        String pushed = FeedServer.rss("Pushed " + run,
                FeedServer.item("push-" + run, "A kingfisher by the river", "pushed by the hub"));
        assertEquals(202, distribute(callback, pushed, signature(pushed, secret)).statusCode());
        assertTrue(guids(id).contains("push-" + run), "the pushed item is stored");
        JsonArray matches = Api.array(api.get("/api/subscribers/" + subscriber + "/matches"));
        assertTrue(matches.stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> ("push-" + run).equals(m.getString("guid", null))), matches.toString());
        assertEquals(202, distribute(callback, pushed, signature(pushed, secret)).statusCode());
        assertEquals(1, guids(id).stream().filter(("push-" + run)::equals).count(), "a second delivery is harmless");

        String forged = FeedServer.rss("Forged " + run,
                FeedServer.item("forged-" + run, "A kingfisher forged", "not from the hub"));
        assertEquals(202, distribute(callback, forged, signature(forged, "0".repeat(64))).statusCode(),
                "a bad signature gets the same answer (no oracle)");
        assertEquals(202, distribute(callback, forged, null).statusCode());
        assertEquals(202, distribute(callback, forged, signature(pushed, secret)).statusCode(),
                "the signature of another body");
        assertFalse(guids(id).contains("forged-" + run), "forged content is not stored");

        JsonObject shown = webSub(id);
        assertEquals("ACTIVE", shown.getString("state"));
        assertEquals(topic, shown.getString("topic"));
        assertNotNull(Instant.parse(shown.getString("lastPushAt")));

        assertEquals(204, api.delete("/api/feeds/" + id).statusCode());
        Map<String, String> unsubscribe = hubRequests.poll(30, TimeUnit.SECONDS);
        assertNotNull(unsubscribe, "deleting the feed unsubscribes in the background");
        assertEquals("unsubscribe", unsubscribe.get("hub.mode"));
        assertEquals(callback, unsubscribe.get("hub.callback"));
        HttpResponse<String> goodbye = verify(callback, "unsubscribe", topic, "bye-" + run, null);
        assertEquals(200, goodbye.statusCode(), "the deleted feed's callback confirms the unsubscribe");
        assertEquals("bye-" + run, goodbye.body());
        assertEquals(410, distribute(callback, pushed, signature(pushed, secret)).statusCode(),
                "content for a deleted feed tells the hub the subscription is gone");
    }

    private JsonObject webSub(long feedId) {
        return Api.object(api.get("/api/feeds/" + feedId)).getJsonObject("webSub");
    }

    private List<String> guids(long feedId) {
        return Api.array(api.get("/api/feeds/" + feedId + "/items")).stream().map(JsonValue::asJsonObject)
                .map(item -> item.getString("guid", "")).toList();
    }

    /** The hub's verification GET, without credentials: the callback is public. */
    private HttpResponse<String> verify(String callback, String mode, String topic, String challenge,
            String leaseSeconds) {
        StringBuilder query = new StringBuilder("?hub.mode=").append(mode)
                .append("&hub.topic=").append(URLEncoder.encode(topic, StandardCharsets.UTF_8))
                .append("&hub.challenge=").append(URLEncoder.encode(challenge, StandardCharsets.UTF_8));
        if (leaseSeconds != null) {
            query.append("&hub.lease_seconds=").append(leaseSeconds);
        }
        return api.anonymous(HttpRequest.newBuilder(URI.create(callback + query)).GET());
    }

    /** The hub's content distribution POST, without credentials. */
    private HttpResponse<String> distribute(String callback, String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(callback))
                .header("Content-Type", "application/rss+xml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Hub-Signature", signature);
        }
        return api.anonymous(request);
    }

    private static String signature(String body, String secret) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** RSS with atom:link rel="hub" and rel="self", and 30 undated items (a busy feed: polled every 48 min). */
    private String feed(String hub, String self) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            items.append("<item><guid isPermaLink=\"false\">old-").append(run).append('-').append(i)
                    .append("</guid><title>Old news ").append(i).append("</title><description>nothing</description>")
                    .append("</item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>Hubbed " + run + "</title>"
                + "<link>https://news.example.org/</link><description>a feed with a hub</description>"
                + "<atom:link rel=\"hub\" href=\"" + hub + "\"/><atom:link rel=\"self\" href=\"" + self + "\"/>"
                + items + "</channel></rss>";
    }

    private static Map<String, String> form(String body) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
