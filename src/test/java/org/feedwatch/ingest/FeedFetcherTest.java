package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.feedwatch.ingest.FeedFetchException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetches from a JDK HttpServer on 127.0.0.1; no traffic leaves loopback. */
class FeedFetcherTest {

    private static final int CAP = 64 * 1024;
    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    private HttpServer server;
    private ExecutorService handlers;
    private int port;
    private final CountDownLatch releaseSilent = new CountDownLatch(1);
    private final CountDownLatch trickleClientGone = new CountDownLatch(1);
    private final AtomicReference<Headers> lastRequest = new AtomicReference<>();
    private final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        port = server.getAddress().getPort();
        server.createContext("/feed", exchange -> {
            lastRequest.set(exchange.getRequestHeaders());
            hits.incrementAndGet();
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Sat, 09 Mar 2024 10:00:00 GMT");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                reply(exchange, 304, null);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                reply(exchange, 200, FEED);
            }
        });
        server.createContext("/dated", exchange -> {
            lastRequest.set(exchange.getRequestHeaders());
            String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            if ("Sat, 09 Mar 2024 10:00:00 GMT".equals(since)) {
                reply(exchange, 304, null);                 // no validators repeated, as some servers do
            } else {
                exchange.getResponseHeaders().set("Last-Modified", "Sat, 09 Mar 2024 10:00:00 GMT");
                reply(exchange, 200, FEED);
            }
        });
        server.createContext("/gzip", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            reply(exchange, 200, gzip(FEED));
        });
        server.createContext("/big", exchange -> reply(exchange, 200, new byte[CAP + 1]));
        server.createContext("/big-chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);           // no Content-Length: the cap must stop the stream
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(new byte[4096]);
                }
            } catch (IOException expected) {
                // the client hung up at the cap
            }
        });
        server.createContext("/exact", exchange -> reply(exchange, 200, new byte[CAP]));
        server.createContext("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            reply(exchange, 200, gzip(new byte[16 * CAP]));   // a few hundred bytes that unpack to 1 MiB
        });
        server.createContext("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            try {
                for (int i = 0; i < 60; i++) {              // bounded: gives up after a minute in any case
                    out.write('<');
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException e) {
                trickleClientGone.countDown();              // the fetcher closed the connection
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.createContext("/silent", exchange -> {
            try {
                releaseSilent.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/loop1", redirect(302, "/loop2"));
        server.createContext("/loop2", redirect(302, "/loop1"));
        server.createContext("/chain", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/chain/".length()));
            if (n == 0) {
                reply(exchange, 200, FEED);
            } else {
                redirect(302, "/chain/" + (n - 1)).handle(exchange);
            }
        });
        server.createContext("/dir/relative", redirect(302, "../feed"));
        server.createContext("/old1", redirect(301, "/old2"));
        server.createContext("/old2", redirect(308, "http://127.0.0.1:" + "PORT" + "/feed"));
        server.createContext("/mixed", redirect(301, "/temporary"));
        server.createContext("/temporary", redirect(302, "/feed"));
        server.createContext("/to-file", redirect(302, "file:///etc/passwd"));
        server.createContext("/to-other-loopback", redirect(302, "http://127.0.0.2:PORT/feed"));
        server.createContext("/no-location", exchange -> reply(exchange, 302, null));
        server.createContext("/error", exchange -> reply(exchange, 500, "boom".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            reply(exchange, 429, null);
        });
        server.createContext("/down", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "Sun, 10 Mar 2024 12:05:00 GMT");
            reply(exchange, 503, null);
        });
        server.createContext("/brotli", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "br");
            reply(exchange, 200, FEED);
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        releaseSilent.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void fetchesAndThenGets304WithTheEtag() throws Exception {
        FeedFetcher fetcher = fetcher(Duration.ofSeconds(20), 5);
        FetchResponse first = fetcher.fetch(url("/feed"), Optional.empty(), Optional.empty());
        assertEquals(200, first.status());
        assertFalse(first.notModified());
        assertArrayEquals(FEED, first.body());
        assertEquals(Optional.of("application/rss+xml; charset=utf-8"), first.contentType());
        assertEquals(Optional.of("\"v1\""), first.etag());
        assertEquals(url("/feed"), first.finalUri());
        assertFalse(first.permanentlyMoved());
        Headers sent = lastRequest.get();
        assertEquals("Feedwatch-Test/1.0", sent.getFirst("User-Agent"));
        assertEquals("gzip", sent.getFirst("Accept-Encoding"));
        assertTrue(sent.getFirst("Accept").contains("application/rss+xml"), sent.getFirst("Accept"));
        assertEquals(null, sent.getFirst("If-None-Match"));

        FetchResponse second = fetcher.fetch(url("/feed"), first.etag(), first.lastModified());
        assertTrue(second.notModified());
        assertEquals(304, second.status());
        assertEquals(0, second.body().length);
        assertEquals(Optional.of("\"v1\""), second.etag());
        assertEquals("\"v1\"", lastRequest.get().getFirst("If-None-Match"));
        assertEquals("Sat, 09 Mar 2024 10:00:00 GMT", lastRequest.get().getFirst("If-Modified-Since"));
    }

    @Test
    void gets304WithLastModifiedAndKeepsTheValidatorItSent() throws Exception {
        FeedFetcher fetcher = fetcher(Duration.ofSeconds(20), 5);
        FetchResponse first = fetcher.fetch(url("/dated"), Optional.empty(), Optional.empty());
        assertEquals(Optional.of("Sat, 09 Mar 2024 10:00:00 GMT"), first.lastModified());
        assertEquals(Optional.empty(), first.etag());

        FetchResponse second = fetcher.fetch(url("/dated"), Optional.empty(), first.lastModified());
        assertTrue(second.notModified());
        assertEquals(first.lastModified(), second.lastModified());
        assertEquals(null, lastRequest.get().getFirst("If-None-Match"));
    }

    @Test
    void gunzipsTheBody() throws Exception {
        FetchResponse response = fetcher(Duration.ofSeconds(20), 5).fetch(url("/gzip"), Optional.empty(),
                Optional.empty());
        assertArrayEquals(FEED, response.body());
    }

    @Test
    void acceptsABodyOfExactlyTheCap() throws Exception {
        FetchResponse response = fetcher(Duration.ofSeconds(20), 5).fetch(url("/exact"), Optional.empty(),
                Optional.empty());
        assertEquals(CAP, response.body().length);
    }

    @Test
    void refusesABodyOverTheCap() {
        for (String path : new String[] {"/big", "/big-chunked"}) {
            FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(20), 5), path);
            assertEquals(Kind.TOO_LARGE, e.kind(), path);
            assertTrue(e.getMessage().contains(String.valueOf(CAP)), e.getMessage());
        }
    }

    @Test
    void refusesAGzipBomb() {
        FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(20), 5), "/bomb");
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("unpacks to more than"), e.getMessage());
    }

    @Test
    void cutsOffAServerThatSendsOneByteASecondAndClosesTheConnection() throws Exception {
        FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(2), 5), "/trickle");
        assertEquals(Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().startsWith(url("/trickle") + ": "), e.getMessage());
        // The server notices the closed connection at its next write; the bound only keeps a broken test finite.
        assertTrue(trickleClientGone.await(30, TimeUnit.SECONDS), "the connection was left open");
    }

    @Test
    void cutsOffAServerThatNeverAnswers() {
        assertEquals(Kind.TIMEOUT, fetchFails(fetcher(Duration.ofSeconds(2), 5), "/silent").kind());
    }

    @Test
    void detectsARedirectLoop() {
        FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(20), 10), "/loop1");
        assertEquals(Kind.TOO_MANY_REDIRECTS, e.kind());
        assertTrue(e.getMessage().contains("redirect loop"), e.getMessage());
    }

    @Test
    void followsAtMostMaxRedirects() throws Exception {
        FeedFetcher fetcher = fetcher(Duration.ofSeconds(20), 3);
        assertEquals(url("/chain/0"), fetcher.fetch(url("/chain/3"), Optional.empty(), Optional.empty()).finalUri());
        FeedFetchException e = fetchFails(fetcher, "/chain/4");
        assertEquals(Kind.TOO_MANY_REDIRECTS, e.kind());
        assertTrue(e.getMessage().contains("more than 3 redirects"), e.getMessage());
        assertEquals(Kind.TOO_MANY_REDIRECTS, fetchFails(fetcher(Duration.ofSeconds(20), 0), "/chain/1").kind());
    }

    @Test
    void resolvesARelativeRedirect() throws Exception {
        FetchResponse response = fetcher(Duration.ofSeconds(20), 5).fetch(url("/dir/relative"), Optional.empty(),
                Optional.empty());
        assertEquals(url("/feed"), response.finalUri());
        assertArrayEquals(FEED, response.body());
        assertFalse(response.permanentlyMoved());
    }

    @Test
    void reportsPermanentMoveOnlyWhenEveryHopIsPermanent() throws Exception {
        FeedFetcher fetcher = fetcher(Duration.ofSeconds(20), 5);
        FetchResponse moved = fetcher.fetch(url("/old1"), Optional.empty(), Optional.empty());
        assertTrue(moved.permanentlyMoved());
        assertEquals(url("/feed"), moved.finalUri());
        FetchResponse mixed = fetcher.fetch(url("/mixed"), Optional.empty(), Optional.empty());
        assertFalse(mixed.permanentlyMoved());
        assertEquals(url("/feed"), mixed.finalUri());
    }

    @Test
    void refusesARedirectToAFile() {
        FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(20), 5), "/to-file");
        assertEquals(Kind.BAD_URL, e.kind());
        assertEquals(url("/to-file") + " redirected to file:///etc/passwd: only http and https URLs can be fetched,"
                + " not file:", e.getMessage());
    }

    @Test
    void refusesARedirectToAnotherLoopbackAddressThanTheAllowListedOne() {
        // 127.0.0.2 is refused by the guard before any connection is made.
        FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(20), 5), "/to-other-loopback");
        assertEquals(Kind.BLOCKED_ADDRESS, e.kind());
        assertTrue(e.getMessage().startsWith(url("/to-other-loopback") + " redirected to http://127.0.0.2:" + port
                + "/feed: 127.0.0.2 is a loopback address"), e.getMessage());
        assertEquals(0, hits.get(), "the redirect target must not have been fetched");
    }

    @Test
    void refusesTheFirstUrlWhenItIsNotAllowListed() {
        FeedFetcher fetcher = new FeedFetcher(settings(Duration.ofSeconds(20), 5, Set.of()),
                new AddressGuard(Set.of()));
        FeedFetchException e = assertThrows(FeedFetchException.class,
                () -> fetcher.fetch(url("/feed"), Optional.empty(), Optional.empty()));
        assertEquals(Kind.BLOCKED_ADDRESS, e.kind());
        assertEquals(0, hits.get());
    }

    @Test
    void refusesFtpAndJarUrls() {
        FeedFetcher fetcher = fetcher(Duration.ofSeconds(20), 5);
        for (String url : new String[] {"ftp://127.0.0.1:" + port + "/feed.xml", "jar:file:/tmp/feeds.jar!/feed.xml"}) {
            FeedFetchException e = assertThrows(FeedFetchException.class,
                    () -> fetcher.fetch(URI.create(url), Optional.empty(), Optional.empty()));
            assertEquals(Kind.BAD_URL, e.kind(), url);
        }
    }

    @Test
    void reportsAServerErrorWithItsStatus() {
        FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(20), 5), "/error");
        assertEquals(Kind.HTTP_STATUS, e.kind());
        assertEquals(500, e.httpStatus().getAsInt());
        assertEquals(url("/error") + ": HTTP 500 Internal Server Error", e.getMessage());
        assertEquals(Optional.empty(), e.retryAfter());
    }

    @Test
    void reportsRetryAfterInSeconds() {
        FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(20), 5), "/busy");
        assertEquals(429, e.httpStatus().getAsInt());
        assertEquals(Optional.of(Duration.ofMinutes(2)), e.retryAfter());
        assertTrue(e.getMessage().endsWith("HTTP 429 Too Many Requests"), e.getMessage());
    }

    @Test
    void reportsRetryAfterAsHttpDate() {
        FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(20), 5), "/down");
        assertEquals(503, e.httpStatus().getAsInt());
        assertEquals(Optional.of(Duration.ofMinutes(5)), e.retryAfter());
    }

    @Test
    void reportsARedirectWithoutLocation() {
        FeedFetchException e = fetchFails(fetcher(Duration.ofSeconds(20), 5), "/no-location");
        assertEquals(Kind.HTTP_STATUS, e.kind());
        assertTrue(e.getMessage().contains("without a Location header"), e.getMessage());
    }

    @Test
    void refusesAnUnsupportedContentEncoding() {
        assertEquals(Kind.NETWORK, fetchFails(fetcher(Duration.ofSeconds(20), 5), "/brotli").kind());
    }

    @Test
    void reportsConnectionRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        FeedFetchException e = fetchFailsOn(closedPort, "/feed");
        assertEquals(Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void reportsAConnectionThatIsResetWithoutAnswer() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread resetter = new Thread(() -> {
                // HttpClient retries an idempotent GET once on a fresh connection, so reset a few.
                for (int i = 0; i < 3; i++) {
                    try (Socket client = socket.accept()) {
                        client.getInputStream().read(new byte[1024]);
                        client.setSoLinger(true, 0);        // close with RST
                    } catch (IOException ignored) {
                        return;                             // the test closed the listening socket
                    }
                }
            });
            resetter.start();
            FeedFetchException e = fetchFailsOn(socket.getLocalPort(), "/feed");
            assertEquals(Kind.NETWORK, e.kind(), e.getMessage());
            assertTrue(e.getMessage().startsWith("http://127.0.0.1:" + socket.getLocalPort() + "/feed: the connection"
                    + " broke off"), e.getMessage());
        }
    }

    private FeedFetchException fetchFailsOn(int otherPort, String path) {
        FeedFetcher fetcher = new FeedFetcher(settings(Duration.ofSeconds(20), 5, Set.of("127.0.0.1:" + otherPort)),
                new AddressGuard(Set.of("127.0.0.1:" + otherPort)));
        return assertThrows(FeedFetchException.class, () -> fetcher.fetch(
                URI.create("http://127.0.0.1:" + otherPort + path), Optional.empty(), Optional.empty()));
    }

    private FeedFetchException fetchFails(FeedFetcher fetcher, String path) {
        return assertThrows(FeedFetchException.class,
                () -> fetcher.fetch(url(path), Optional.empty(), Optional.empty()));
    }

    private FeedFetcher fetcher(Duration totalTimeout, int maxRedirects) {
        Set<String> allowed = Set.of("127.0.0.1:" + port);
        return new FeedFetcher(settings(totalTimeout, maxRedirects, allowed), new AddressGuard(allowed),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static FetchSettings settings(Duration totalTimeout, int maxRedirects, Set<String> allowed) {
        return new FetchSettings(Duration.ofSeconds(5), totalTimeout, CAP, maxRedirects, "Feedwatch-Test/1.0",
                allowed);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location.replace("PORT", String.valueOf(port)));
            reply(exchange, status, null);
        };
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException ignored) {
                // the client may hang up early (over the cap)
            }
        }
        exchange.close();
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

}
