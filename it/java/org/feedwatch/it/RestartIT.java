package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Data survives a restart: a second Liberty server (feedwatchRestartIT, its own ports and database files) is
 * started, given data, stopped and started again with Liberty's own server script.
 */
class RestartIT {

    private static final String SERVER = System.getProperty("it.restart.server.name", "feedwatchRestartIT");
    private static final int PORT = Integer.getInteger("it.restart.http.port", 9182);
    private static final Path WLP = Path.of(System.getProperty("wlp.home", "target/liberty/wlp"));

    private final Api api = new Api(PORT);

    @AfterAll
    static void stopServer() throws Exception {
        server("stop");
    }

    @Test
    void subscribersRulesAndFeedsSurviveARestart() throws Exception {
        startAndWait();
        String email = "restart-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long subscriber = api.addSubscriber(email);
        long rule = api.addKeywordRule(subscriber, "Potash", "potash OR fertiliser");
        // Adding a feed fetches it once; this loopback address is not allow-listed on the restart server, so the
        // address guard refuses it before any connection and the feed is stored as given.
        long feed = api.addFeed("http://127.0.0.1:9/" + UUID.randomUUID() + ".xml");

        assertEquals(0, server("stop"), "server stopped");
        startAndWait();

        assertEquals(email, Api.object(api.get("/api/subscribers/" + subscriber)).getString("email"));
        assertEquals("Potash", Api.object(api.get("/api/subscribers/" + subscriber + "/rules/" + rule))
                .getString("name"));
        assertEquals(200, api.get("/api/feeds/" + feed).statusCode());
    }

    private static void startAndWait() throws Exception {
        assertEquals(0, server("start"), "server started");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + PORT + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server " + SERVER + " did not become ready");
    }

    private static int server(String action) throws Exception {
        Process process = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "server " + action + " finished");
        return process.exitValue();
    }
}
