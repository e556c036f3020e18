package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Data survives a restart: a second Liberty server (feedwatchRestartIT, its own ports and database files) is
 * started, given data, stopped and started again with Liberty's own server script.
 */
class RestartIT {


    private final Api api = new Api(RestartServer.PORT);

    @AfterAll
    static void stopServer() throws Exception {
        RestartServer.run("stop");
    }

    @Test
    void subscribersRulesAndFeedsSurviveARestart() throws Exception {
        RestartServer.startAndWait();
        String email = "restart-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long subscriber = api.addSubscriber(email);
        long rule = api.addKeywordRule(subscriber, "Potash", "potash OR fertiliser");
        // Adding a feed fetches it once; this loopback address is not allow-listed on the restart server, so the
        // address guard refuses it before any connection and the feed is stored as given.
        long feed = api.addFeed("http://127.0.0.1:9/" + UUID.randomUUID() + ".xml");

        assertEquals(0, RestartServer.run("stop"), "server stopped");
        RestartServer.startAndWait();

        assertEquals(email, Api.object(api.get("/api/subscribers/" + subscriber)).getString("email"));
        assertEquals("Potash", Api.object(api.get("/api/subscribers/" + subscriber + "/rules/" + rule))
                .getString("name"));
        assertEquals(200, api.get("/api/feeds/" + feed).statusCode());
    }
}
