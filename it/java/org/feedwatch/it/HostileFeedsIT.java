package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No feed can hurt the server: each hostile or broken feed, served by a real loopback HTTP server, ends with the
 * feed marked ERROR and a last error naming the problem; URLs that can never be fetched are refused at POST time;
 * afterwards a good feed still polls and /health is UP. Redirect targets outside the allow-list (which is only
 * 127.0.0.1:it.feed.port) are {@link LoopbackCanary canaries} that would serve a valid feed, and must see no request.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileFeedsIT {

    private static final long LIMIT = 10 * 1024 * 1024;            // feedwatch.fetch.max-body-bytes default
    private static final String DOCTYPE_REFUSED = "contains a DOCTYPE declaration, which is refused";

    private static final Api API = Api.forItServer();
    private static final FeedServer FEEDS = FeedServer.get();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final LoopbackCanary OTHER_PORT = new LoopbackCanary("127.0.0.1");
    private static final LoopbackCanary OTHER_IPV4_LOOPBACK = new LoopbackCanary("127.0.0.2");
    private static final LoopbackCanary IPV6_LOOPBACK = new LoopbackCanary("::1");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @AfterAll
    static void stopCanaries() {
        OTHER_PORT.close();
        OTHER_IPV4_LOOPBACK.close();
        IPV6_LOOPBACK.close();
    }

    /**
     * One hostile case: {@code feedUrl} sets up the server side and returns the URL to add; the poll must fail with
     * an error containing every one of {@code expected}; {@code afterwards} checks what must not have happened.
     */
    record Case(String name, Supplier<String> feedUrl, List<String> expected, Runnable afterwards) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> hostileFeeds() {
        List<Case> cases = new ArrayList<>();
        String dtd = path("evil.dtd");
        FEEDS.serve(dtd, "<!ENTITY leak \"the DTD was fetched\">", "application/xml-dtd");
        Runnable dtdNeverFetched = () -> assertEquals(List.of(), FEEDS.requests(dtd), "the DTD must not be fetched");

        cases.add(served("XXE: external entity", xml("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "&xxe;"), DOCTYPE_REFUSED));
        cases.add(new Case("XXE: parameter entity from the feed server", () -> serve("pe", xml(
                "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + FEEDS.url(dtd) + "\"> %remote;]>", "&leak;")),
                List.of(DOCTYPE_REFUSED), dtdNeverFetched));
        cases.add(served("billion laughs", xml(billionLaughs(), "&lol9;"), DOCTYPE_REFUSED));
        cases.add(new Case("DOCTYPE with a remote DTD on the feed server", () -> serve("dtd", xml(
                "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"" + FEEDS.url(dtd) + "\">",
                "title")), List.of(DOCTYPE_REFUSED), dtdNeverFetched));

        cases.add(responder("50 MB body, Content-Length declared", HostileResponses.huge(50L << 20, true),
                "larger than the limit of " + LIMIT + " bytes"));
        cases.add(responder("50 MB body, chunked", HostileResponses.huge(50L << 20, false),
                "larger than the limit of " + LIMIT + " bytes"));
        cases.add(responder("gzip bomb (64 MB of zeros in ~64 kB)", HostileResponses.bytes(
                HostileResponses.gzipBomb(64L << 20), "application/rss+xml", "gzip"),
                "unpacks to more than the limit of " + LIMIT + " bytes"));
        cases.add(new Case("one byte per second", () -> {
            String path = path("slow.xml");
            FEEDS.slow(path, FeedServer.rss("slow", FeedServer.item("slow", "slow", "slow")));
            return FEEDS.url(path);
        }, List.of("no complete answer within 4 s"), () -> { }));

        cases.add(new Case("redirect loop", () -> {
            String a = path("loop-a");
            String b = path("loop-b");
            FEEDS.respond(a, HostileResponses.redirect(302, FEEDS.url(b)));
            FEEDS.respond(b, HostileResponses.redirect(301, a));          // relative, back to the start
            return FEEDS.url(a);
        }, List.of("redirect loop"), () -> { }));
        cases.add(new Case("redirect chain longer than allowed", () -> {
            for (int hop = 0; hop < 7; hop++) {
                FEEDS.respond(path("chain-" + hop), HostileResponses.redirect(307, path("chain-" + (hop + 1))));
            }
            return FEEDS.url(path("chain-0"));
        }, List.of("more than 5 redirects"), () -> { }));
        cases.add(redirect("redirect to file:", "file:///etc/passwd",
                "redirected to file:///etc/passwd: only http and https URLs can be fetched, not file:"));
        cases.add(redirect("redirect to jar:", "jar:" + FEEDS.url("/feed.jar") + "!/feed.xml",
                "only http and https URLs can be fetched, not jar:"));

        cases.add(toCanary("redirect to 127.0.0.2", OTHER_IPV4_LOOPBACK, "127.0.0.2",
                "127.0.0.2 is a loopback address; add 127.0.0.2:%d to feedwatch.fetch.allowed-hosts"));
        cases.add(toCanary("redirect to the same host on another port", OTHER_PORT, "127.0.0.1",
                "127.0.0.1 is a loopback address; add 127.0.0.1:%d to feedwatch.fetch.allowed-hosts"));
        cases.add(toCanary("redirect to [::1]", IPV6_LOOPBACK, "[::1]",
                "[::1] is a loopback address; add [::1]:%d to feedwatch.fetch.allowed-hosts"));
        cases.add(toCanary("redirect to IPv4-mapped [::ffff:127.0.0.1]", OTHER_PORT, "[::ffff:127.0.0.1]",
                "[::ffff:127.0.0.1] is a loopback address"));
        cases.add(toCanary("redirect to localhost, a name that resolves to loopback", OTHER_PORT, "localhost",
                "localhost resolves to", "which is a loopback address; add localhost:%d to"));
        cases.add(sameServerByName());
        cases.add(new Case("127.0.0.2 given directly", () -> "http://127.0.0.2:" + OTHER_IPV4_LOOPBACK.port()
                + "/feed.xml", List.of("127.0.0.2 is a loopback address"),
                () -> assertEquals(0, OTHER_IPV4_LOOPBACK.hits(), "nothing may reach 127.0.0.2")));

        String whole = FeedServer.rss("cut", FeedServer.item("c", "cut", "off"));
        cases.add(served("truncated XML", whole.substring(0, whole.length() / 2), "this is not well-formed XML"));
        cases.add(served("character reference to a character XML 1.0 forbids", xml("", "bell &#x7; here"),
                "this is not well-formed XML", "is an invalid XML character"));
        cases.add(served("empty 200", "", "the server sent an empty document"));
        return cases.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFeeds")
    void hostileFeedEndsWithAClearError(Case hostile) {
        long feedId = API.addFeed(hostile.feedUrl().get());

        JsonObject polled = API.poll(feedId);
        assertEquals("ERROR", polled.getString("status"), polled.toString());
        JsonObject feed = Api.object(API.get("/api/feeds/" + feedId));
        assertEquals("ERROR", feed.getString("status"), feed.toString());
        assertEquals(1, feed.getInt("consecutiveErrors"), feed.toString());
        for (String expected : hostile.expected()) {
            assertTrue(feed.getString("lastError").contains(expected), "expected '" + expected + "' in " + feed);
        }
        hostile.afterwards().run();
    }

    /**
     * A page without feeds is refused when it is added (discovery finds nothing); a feed that later answers with
     * an HTML page is a feed error that says so.
     */
    @Order(1)
    @Test
    void htmlInsteadOfAFeedIsRefusedOrReported() {
        String html = "<!DOCTYPE html><html><head><title>Welcome</title></head><body><p>No feed here</p></body></html>";
        String path = path("html-instead-of-a-feed");
        FEEDS.respond(path, HostileResponses.text(FeedServer.rss("soon a page", FeedServer.item("h", "fine", "so far")),
                "application/rss+xml"));
        long feedId = API.addFeed(FEEDS.url(path));
        FEEDS.respond(path, HostileResponses.text(html, "application/rss+xml"));

        JsonObject polled = API.poll(feedId);
        assertEquals("ERROR", polled.getString("status"), polled.toString());
        JsonObject feed = Api.object(API.get("/api/feeds/" + feedId));
        assertTrue(feed.getString("lastError").contains("this is an HTML page, not a feed"), feed.toString());

        String page = path("page-without-feeds");
        FEEDS.respond(page, HostileResponses.text(html, "text/html"));
        var refused = API.post("/api/feeds", Json.createObjectBuilder().add("url", FEEDS.url(page)).build().toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("url", Api.object(refused).getString("field"));
        assertEquals("no feed found at this page", Api.object(refused).getString("error"));
    }

    /** Stray control characters are dropped (real feeds have them), not a reason to lose the feed. */
    @Order(1)
    @Test
    void rawControlCharactersAreDroppedAndTheFeedStillReads() {
        long feedId = API.addFeed(serve("controls", FeedServer.rss("controls",
                FeedServer.item(RUN + "-controls", "bell\u0007 and\u0000 null", "form\u000c feed"))));
        JsonObject polled = API.poll(feedId);
        assertEquals("OK", polled.getString("status"), polled.toString());
        assertEquals(1, polled.getInt("newItems"));
    }

    @Order(1)
    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "jar:file:/tmp/feeds.jar!/feed.xml",
        "jar:http://127.0.0.1/feeds.jar!/feed.xml"})
    void urlsThatAreNotHttpAreRefusedWhenAdded(String url) {
        HttpResponse<String> response = API.post("/api/feeds", Json.createObjectBuilder().add("url", url).build()
                .toString());
        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = Api.object(response);
        assertEquals("url", error.getString("field"));
        assertTrue(error.getString("error").contains("http:// or https://"), error.toString());
    }

    @Order(2)
    @Test
    void afterTheHostileBatchAGoodFeedStillPollsAndHealthIsUp() {
        long good = API.addFeed(serve("good.xml", FeedServer.rss("good", FeedServer.item(RUN + "-good",
                "A good item", "still fine"))));
        JsonObject polled = API.poll(good);
        assertEquals("OK", polled.getString("status"), polled.toString());
        assertEquals(1, polled.getInt("newItems"));
        assertEquals(0, Api.object(API.get("/api/feeds/" + good)).getInt("consecutiveErrors"));

        HttpResponse<String> health = API.anonymous(HttpRequest.newBuilder(URI.create(API.base() + "/health")));
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", Api.object(health).getString("status"), health.body());
    }

    private static Case served(String name, String body, String... expected) {
        return new Case(name, () -> serve(name.replaceAll("[^a-zA-Z0-9]+", "-"), body), List.of(expected), () -> { });
    }

    private static Case responder(String name, FeedServer.Responder responder, String expected) {
        return new Case(name, () -> {
            String path = path(name.replaceAll("[^a-zA-Z0-9]+", "-"));
            FEEDS.respond(path, responder);
            return FEEDS.url(path);
        }, List.of(expected), () -> { });
    }

    private static Case redirect(String name, String location, String expected) {
        return responder(name, HostileResponses.redirect(302, location), expected);
    }

    /** A redirect to {@code host}:canary port; the messages may hold %d for that port. */
    private static Case toCanary(String name, LoopbackCanary canary, String host, String... expected) {
        List<String> messages = Stream.of(expected).map(m -> String.format(m, canary.port())).toList();
        return new Case(name, () -> {
            String path = path(name.replaceAll("[^a-zA-Z0-9]+", "-"));
            FEEDS.respond(path, HostileResponses.redirect(302, "http://" + host + ":" + canary.port() + "/feed.xml"));
            return FEEDS.url(path);
        }, messages, () -> assertEquals(0, canary.hits(), "nothing may reach the canary at " + host));
    }

    /**
     * The allow-listed server itself, by a name instead of the allow-listed literal: given directly and as a
     * redirect target, it must be refused before any request for the target path arrives.
     */
    private static Case sameServerByName() {
        String target = path("by-name.xml");
        FEEDS.serve(target, FeedServer.rss("by name", FeedServer.item("n", "reached by name", "should not be")),
                "application/rss+xml");
        String byName = FEEDS.url(target).replace("127.0.0.1", "localhost");
        return new Case("the allow-listed server by the name localhost", () -> byName,
                List.of("localhost resolves to", "which is a loopback address"),
                () -> assertEquals(List.of(), FEEDS.requests(target), "the server must not be reached by name"));
    }

    private static String serve(String name, String body) {
        String path = path(name);
        FEEDS.respond(path, HostileResponses.text(body, "application/rss+xml"));
        return FEEDS.url(path);
    }

    private static String path(String name) {
        return "/hostile-" + RUN + "/" + name;
    }

    /** An RSS document with {@code doctype} after the XML declaration and {@code title} as its channel title. */
    private static String xml(String doctype, String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n<rss version=\"2.0\"><channel><title>"
                + title + "</title><description>d</description>" + FeedServer.item("x", title, "d")
                + "</channel></rss>";
    }

    private static String billionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            String previous = "&lol" + (level - 1) + ";";
            doctype.append("<!ENTITY lol").append(level).append(" \"").append(previous.repeat(10)).append("\">");
        }
        return doctype.append("]>").toString();
    }
}
