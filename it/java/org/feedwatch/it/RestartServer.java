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
import java.util.concurrent.TimeUnit;

/**
 * The restart server (feedwatchRestartIT: its own ports and database), started and stopped with Liberty's own
 * server script, for the ITs that need a real stop in the middle.
 */
final class RestartServer {

    static final String NAME = System.getProperty("it.restart.server.name", "feedwatchRestartIT");
    static final int PORT = Integer.getInteger("it.restart.http.port", 9182);
    private static final Path WLP = Path.of(System.getProperty("wlp.home", "target/liberty/wlp"));

    private RestartServer() {
    }

    /** Starts the server and waits until /health/ready says UP. */
    static void startAndWait() throws Exception {
        assertEquals(0, run("start"), "server started");
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
        throw new AssertionError("server " + NAME + " did not become ready");
    }

    /** Runs {@code bin/server <action> <name>}; answers its exit code. */
    static int run(String action) throws Exception {
        Process process = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, NAME)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "server " + action + " finished");
        return process.exitValue();
    }
}
