package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.feedwatch.ingest.FeedFetchException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher's manners: requests per host, the first-byte limit, freshness hints. Loopback only. */
class FeedFetcherPolitenessTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private ExecutorService handlers;
    private int port;
    private final AtomicInteger inHandler = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final CountDownLatch threeArrived = new CountDownLatch(3);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch heldArrived = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        port = server.getAddress().getPort();
        server.createContext("/crowd", exchange -> {
            mostAtOnce.accumulateAndGet(inHandler.incrementAndGet(), Math::max);
            threeArrived.countDown();
            try {
                // Three at once proves the limit failed; with the limit, give up waiting for the third.
                threeArrived.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inHandler.decrementAndGet();
            reply(exchange, 200, FEED);
        });
        server.createContext("/held", exchange -> {
            heldArrived.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, FEED);
        });
        server.createContext("/cached", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
                reply(exchange, 304, null);
            } else {
                exchange.getResponseHeaders().set("Cache-Control", "public, max-age=7200");
                reply(exchange, 200, FEED);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void neverSendsMoreThanThePerHostLimitAtOnce() throws Exception {
        FeedFetcher fetcher = fetcher(Duration.ofSeconds(20), Duration.ofSeconds(20), 2);
        List<CompletableFuture<FetchResponse>> fetches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fetches.add(CompletableFuture.supplyAsync(() -> fetch(fetcher, "/crowd")));
        }
        for (CompletableFuture<FetchResponse> fetch : fetches) {
            assertEquals(200, fetch.get(60, TimeUnit.SECONDS).status());
        }
        assertEquals(2, mostAtOnce.get());
    }

    @Test
    void aFetchThatFindsNoFreeSlotBeforeItsDeadlineSaysSo() throws Exception {
        HostLimiter oneAtATime = new HostLimiter(1);
        FeedFetcher patient = fetcher(Duration.ofSeconds(60), Duration.ofSeconds(60), oneAtATime);
        FeedFetcher impatient = fetcher(Duration.ofSeconds(1), Duration.ofSeconds(1), oneAtATime);
        CompletableFuture<FetchResponse> holder = CompletableFuture.supplyAsync(() -> fetch(patient, "/held"));
        assertTrue(heldArrived.await(30, TimeUnit.SECONDS), "the first request holds the only slot");

        FeedFetchException e = assertThrows(FeedFetchException.class,
                () -> impatient.fetch(url("/cached"), Optional.empty(), Optional.empty()));
        assertEquals(Kind.TIMEOUT, e.kind());
        assertEquals(url("/cached") + ": no free request slot for 127.0.0.1 within 1 s (at most 1 requests to one"
                + " host at once, feedwatch.fetch.per-host-concurrency; feedwatch.fetch.total-timeout)",
                e.getMessage());

        release.countDown();
        assertEquals(200, holder.get(60, TimeUnit.SECONDS).status());
        assertEquals(200, impatient.fetch(url("/cached"), Optional.empty(), Optional.empty()).status(),
                "the slot is free again");
    }

    @Test
    void namesTheFirstByteLimitWhenTheServerSaysNothing() {
        FeedFetcher fetcher = fetcher(Duration.ofSeconds(1), Duration.ofSeconds(30), 2);
        FeedFetchException e = assertThrows(FeedFetchException.class,
                () -> fetcher.fetch(url("/held"), Optional.empty(), Optional.empty()));
        assertEquals(Kind.TIMEOUT, e.kind());
        assertEquals(url("/held") + ": no answer within 1 s (feedwatch.fetch.first-byte-timeout)", e.getMessage());
    }

    @Test
    void reportsHowLongTheAnswerStaysFreshOn200And304() throws Exception {
        FeedFetcher fetcher = fetcher(Duration.ofSeconds(20), Duration.ofSeconds(20), 2);
        FetchResponse first = fetcher.fetch(url("/cached"), Optional.empty(), Optional.empty());
        assertEquals(Optional.of(Duration.ofHours(2)), first.freshFor());
        FetchResponse second = fetcher.fetch(url("/cached"), first.etag(), Optional.empty());
        assertEquals(304, second.status());
        assertEquals(Optional.of(Duration.ofHours(1)), second.freshFor());
    }

    private FetchResponse fetch(FeedFetcher fetcher, String path) {
        try {
            return fetcher.fetch(url(path), Optional.empty(), Optional.empty());
        } catch (FeedFetchException e) {
            throw new IllegalStateException(e);
        }
    }

    private FeedFetcher fetcher(Duration firstByte, Duration total, int perHost) {
        return fetcher(firstByte, total, new HostLimiter(perHost));
    }

    private FeedFetcher fetcher(Duration firstByte, Duration total, HostLimiter hosts) {
        Set<String> allowed = Set.of("127.0.0.1:" + port);
        return new FeedFetcher(new FetchSettings(Duration.ofSeconds(5), firstByte, total, 64 * 1024, 5,
                "Feedwatch-Test/1.0", allowed, hosts.perHost()), new AddressGuard(allowed), Clock.systemUTC(), hosts);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
