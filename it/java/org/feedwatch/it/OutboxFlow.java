package org.feedwatch.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The steps the outbox ITs share: a subscriber whose rule matches items of a feed on the test feed server, a
 * digest recorded for them, and bounded waits for an outbox message to reach a status.
 */
final class OutboxFlow {

    private final Api api;
    private final FeedServer feeds = FeedServer.get();
    private final String path = "/outbox-" + UUID.randomUUID().toString().substring(0, 8) + ".xml";
    private final List<String> items = new ArrayList<>();
    private long feedId = -1;

    OutboxFlow(Api api) {
        this.api = api;
    }

    /** A new subscriber with a rule for "potash". */
    long subscriber(String email) {
        long id = api.addSubscriber(email);
        api.addKeywordRule(id, "Potash", "potash");
        return id;
    }

    /** Publishes one more matching item in the feed and polls it, so every subscriber has a new match. */
    void newMatchingItem() {
        String guid = path + "-" + items.size();
        items.add(FeedServer.item(guid, "Potash exports, part " + items.size(), "News about potash."));
        feeds.serve(path, FeedServer.rss("Outbox test " + path, items.toArray(String[]::new)), "application/rss+xml");
        if (feedId < 0) {
            feedId = api.addFeed(feeds.url(path));
        }
        JsonObject polled = api.poll(feedId);
        if (polled.getInt("newItems") < 1) {
            throw new IllegalStateException("the poll found nothing new: " + polled);
        }
    }

    /** Asks for the subscriber's digest now; returns its outbox id. */
    long digest(long subscriber) {
        HttpResponse<String> sent = api.post("/api/subscribers/" + subscriber + "/digest", null);
        if (sent.statusCode() != 200) {
            throw new IllegalStateException("no digest: " + sent.statusCode() + " " + sent.body());
        }
        return Api.object(sent).getJsonNumber("outboxId").longValue();
    }

    JsonObject message(long outboxId) {
        HttpResponse<String> got = api.get("/api/outbox/" + outboxId);
        if (got.statusCode() != 200) {
            throw new IllegalStateException("GET /api/outbox/" + outboxId + ": " + got.statusCode() + " " + got.body());
        }
        return Api.object(got);
    }

    /**
     * Waits (bounded) until the message has this status; with {@code drain}, asks the server to send what is due
     * before each look (the admin drain), otherwise leaves sending to the server's own timer.
     */
    JsonObject awaitStatus(long outboxId, String status, boolean drain, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        JsonObject message = message(outboxId);
        while (!message.getString("status").equals(status.toLowerCase(Locale.ROOT))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("outbox message " + outboxId + " did not become " + status + ": " + message);
            }
            Thread.sleep(500);
            if (drain) {
                api.post("/api/outbox/drain", null);
            }
            message = message(outboxId);
        }
        return message;
    }
}
