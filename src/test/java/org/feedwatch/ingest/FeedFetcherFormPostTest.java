package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Form POSTs (WebSub hub requests) go through the same guard as fetches; a JDK HttpServer on 127.0.0.1 only. */
class FeedFetcherFormPostTest {

    private HttpServer server;
    private int port;
    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicInteger targetHits = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/hub", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type") + " " + exchange.getRequestMethod()
                    + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.createContext("/refusing-hub", exchange -> {
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
        });
        server.createContext("/moved-hub", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + port + "/target");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.createContext("/target", exchange -> {
            targetHits.incrementAndGet();
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void postsTheFormAndReturnsTheStatus() throws FeedFetchException {
        assertEquals(202, fetcher(Set.of("127.0.0.1:" + port)).postForm(url("/hub"), "hub.mode=subscribe&a=b"));
        assertEquals("hub.mode=subscribe&a=b", received.get());
        assertEquals("application/x-www-form-urlencoded POST Feedwatch-Test/1.0", contentType.get());
        assertEquals(400, fetcher(Set.of("127.0.0.1:" + port)).postForm(url("/refusing-hub"), "x=y"));
    }

    @Test
    void doesNotFollowARedirect() throws FeedFetchException {
        assertEquals(307, fetcher(Set.of("127.0.0.1:" + port)).postForm(url("/moved-hub"), "x=y"));
        assertEquals(0, targetHits.get());
    }

    @Test
    void refusesAHubTheGuardRefuses() {
        FeedFetchException e = assertThrows(FeedFetchException.class,
                () -> fetcher(Set.of()).postForm(url("/hub"), "x=y"));
        assertEquals(FeedFetchException.Kind.BLOCKED_ADDRESS, e.kind());
        assertNull(received.get(), "nothing was sent");
        FeedFetchException file = assertThrows(FeedFetchException.class,
                () -> fetcher(Set.of()).postForm(URI.create("file:///etc/passwd"), "x=y"));
        assertEquals(FeedFetchException.Kind.BAD_URL, file.kind());
    }

    private static FeedFetcher fetcher(Set<String> allowed) {
        return new FeedFetcher(new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 64 * 1024, 5,
                "Feedwatch-Test/1.0", allowed), new AddressGuard(allowed));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
