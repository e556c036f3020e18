package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A broken feed is marked with its error; another feed still works. */
@ExtendWith(ArquillianExtension.class)
class BrokenFeedIT {

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void eachBrokenFeedGetsItsOwnErrorAndAGoodFeedStillWorks() {
        feeds.serve("/invalid-" + run + ".xml", "<rss version=\"2.0\"><channel><title>cut off", "application/rss+xml");
        feeds.fail("/error-" + run + ".xml", 500);
        feeds.slow("/slow-" + run + ".xml", FeedServer.rss("slow", FeedServer.item("s", "slow", "slow")));
        feeds.serve("/good-" + run + ".xml", FeedServer.rss("good", FeedServer.item(run, "A good item", "fine")),
                "application/rss+xml");

        long invalid = api.addFeed(feeds.url("/invalid-" + run + ".xml"));
        long error = api.addFeed(feeds.url("/error-" + run + ".xml"));
        long slow = api.addFeed(feeds.url("/slow-" + run + ".xml"));
        long good = api.addFeed(feeds.url("/good-" + run + ".xml"));

        assertFailed(api.poll(invalid), "invalid");
        JsonObject serverError = assertFailed(api.poll(error), "500");
        assertFailed(api.poll(slow), "time");
        JsonObject ok = api.poll(good);
        assertEquals("OK", ok.getString("status"), ok.toString());
        assertEquals(1, ok.getInt("newItems"));

        JsonObject stored = Api.object(api.get("/api/feeds/" + error));
        assertEquals("ERROR", stored.getString("status"));
        assertEquals(500, stored.getInt("lastHttpStatus"));
        assertEquals(1, stored.getInt("consecutiveErrors"));
        assertTrue(stored.getString("lastError").contains("500"), stored.toString());
        assertTrue(serverError.getString("error").contains("500"));
        JsonObject goodFeed = Api.object(api.get("/api/feeds/" + good));
        assertEquals(0, goodFeed.getInt("consecutiveErrors"));
    }

    private static JsonObject assertFailed(JsonObject result, String errorContains) {
        assertEquals("ERROR", result.getString("status"), result.toString());
        assertTrue(result.getString("error").toLowerCase().contains(errorContains), result.toString());
        return result;
    }
}
