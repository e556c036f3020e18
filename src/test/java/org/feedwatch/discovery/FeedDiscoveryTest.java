package org.feedwatch.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.feedwatch.ingest.AddressGuard;
import org.feedwatch.ingest.FeedFetcher;
import org.feedwatch.ingest.FeedParser;
import org.feedwatch.ingest.FetchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discovery against a JDK HttpServer on 127.0.0.1, through the real fetcher and parser; nothing leaves loopback. */
class FeedDiscoveryTest {

    private static final Instant NOW = Instant.parse("2025-12-15T10:00:00Z");
    private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site news</title>"
            + "<link>https://example.org/</link><description>d</description></channel></rss>";

    private record Page(int status, String contentType, String body) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService handlers;
    private FeedFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/", this::answer);
        server.start();
        String self = "127.0.0.1:" + server.getAddress().getPort();
        fetcher = new FeedFetcher(new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1024 * 1024, 3,
                "Feedwatch-test", Set.of(self)), new AddressGuard(Set.of(self)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void aFeedIsAFeedEvenWhenServedAsHtml() {
        pages.put("/feed.xml", new Page(200, "application/rss+xml", RSS));
        pages.put("/misconfigured", new Page(200, "text/html; charset=utf-8", RSS));
        assertInstanceOf(Discovery.IsAFeed.class, discovery().discover(url("/feed.xml")));
        assertInstanceOf(Discovery.IsAFeed.class, discovery().discover(url("/misconfigured")));
    }

    @Test
    void aPageWithOneFeedLinkLeadsToThatFeedWithoutProbing() throws IOException {
        pages.put("/about/index.html", html("one-link.html"));
        Discovery.Found found = assertInstanceOf(Discovery.Found.class,
                discovery().discover(url("/about/index.html")));
        assertEquals(url("/news/feed.xml").toString(), found.feed().url());
        assertEquals(Discovery.How.LINK, found.how());
        assertEquals(url("/about/index.html"), found.page());
        assertEquals(List.of("/about/index.html"), requested);
    }

    @Test
    void aPageWithSeveralFeedLinksOffersThemAll() throws IOException {
        pages.put("/blog/", html("two-links.html"));
        Discovery.Several several = assertInstanceOf(Discovery.Several.class, discovery().discover(url("/blog/")));
        assertEquals(List.of("https://blog.example.org/posts.rss", url("/blog/comments.atom").toString()),
                several.choices().stream().map(FeedChoice::url).toList());
    }

    @Test
    void relativeLinksResolveAgainstThePageReachedAfterRedirects() throws IOException {
        pages.put("/old", new Page(301, "text/plain", "/new/home.html"));
        pages.put("/new/home.html", new Page(200, "text/html",
                "<html><head><link rel=alternate type=application/atom+xml href=atom></head></html>"));
        Discovery.Found found = assertInstanceOf(Discovery.Found.class, discovery().discover(url("/old")));
        assertEquals(url("/new/atom").toString(), found.feed().url());
    }

    @Test
    void aPageWithoutLinksIsProbedAtTheCommonPathsUntilOneIsAFeed() throws IOException {
        pages.put("/blog/post.html", html("no-links.html"));
        pages.put("/rss", new Page(200, "text/html", "<!DOCTYPE html><html><body>soft 404</body></html>"));
        pages.put("/feed.xml", new Page(200, "application/rss+xml; charset=utf-8", RSS));
        Discovery.Found found = assertInstanceOf(Discovery.Found.class, discovery().discover(url("/blog/post.html")));
        assertEquals(url("/feed.xml").toString(), found.feed().url());
        assertEquals(Discovery.How.COMMON_PATH, found.how());
        assertEquals(Optional.of("Site news"), found.feed().title());
        assertEquals(Optional.of("application/rss+xml"), found.feed().type());
        assertEquals(List.of("/blog/post.html", "/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml"), requested);
    }

    @Test
    void aPageWithNoFeedAnywhereFindsNone() throws IOException {
        pages.put("/", html("no-links.html"));
        Discovery.NoneFound none = assertInstanceOf(Discovery.NoneFound.class, discovery().discover(url("/")));
        assertEquals(url("/"), none.page());
        assertEquals(1 + FeedDiscovery.COMMON_PATHS.size(), requested.size(), requested.toString());
    }

    @Test
    void probingStopsWhenItsBudgetIsSpent() throws IOException {
        pages.put("/", html("no-links.html"));
        // Each reading of this clock is a minute later; the budget is one minute.
        Clock ticking = new Clock() {
            private Instant now = NOW;

            @Override
            public synchronized Instant instant() {
                now = now.plus(Duration.ofMinutes(1));
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        FeedDiscovery hurried = new FeedDiscovery(fetcher, new FeedParser(Clock.fixed(NOW, ZoneOffset.UTC)),
                Duration.ofMinutes(1), ticking);
        assertInstanceOf(Discovery.NoneFound.class, hurried.discover(url("/")));
        assertEquals(List.of("/", "/feed"), requested);
    }

    @Test
    void anAddressThatCannotBeFetchedOrReadIsLeftUnchecked() {
        pages.put("/down", new Page(503, "text/plain", "later"));
        pages.put("/broken.xml", new Page(200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>cut"));
        Discovery.Unchecked down = assertInstanceOf(Discovery.Unchecked.class, discovery().discover(url("/down")));
        assertTrue(down.reason().contains("503"), down.reason());
        Discovery.Unchecked broken = assertInstanceOf(Discovery.Unchecked.class,
                discovery().discover(url("/broken.xml")));
        assertTrue(broken.reason().contains("not well-formed"), broken.reason());
    }

    @Test
    void theAddressGuardAppliesToDiscoveryToo() {
        // 127.0.0.2 is loopback but not allow-listed: refused before any connection is made.
        Discovery.Unchecked refused = assertInstanceOf(Discovery.Unchecked.class,
                discovery().discover(URI.create("http://127.0.0.2:" + server.getAddress().getPort() + "/")));
        assertTrue(refused.reason().contains("allowed-hosts"), refused.reason());
        assertEquals(List.of(), requested);
    }

    private FeedDiscovery discovery() {
        return new FeedDiscovery(fetcher, new FeedParser(Clock.fixed(NOW, ZoneOffset.UTC)), Duration.ofSeconds(30),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static Page html(String fixture) throws IOException {
        return new Page(200, "text/html; charset=utf-8",
                new String(FeedLinksTest.fixture(fixture), StandardCharsets.UTF_8));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            Page page = pages.get(path);
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (page.status() == 301) {
                exchange.getResponseHeaders().set("Location", page.body());
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            exchange.sendResponseHeaders(page.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
