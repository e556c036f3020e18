package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedParserTest {

    private static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");
    private final FeedParser parser = new FeedParser(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsRss20() throws Exception {
        ParsedFeed feed = parse("rss20.xml", "https://gazette.example.org/feed.xml");
        assertEquals("Harbour Town Gazette", feed.title());
        assertEquals(Optional.of("https://gazette.example.org/"), feed.siteLink());
        assertEquals(3, feed.items().size());

        ParsedItem ferry = feed.items().get(0);
        assertEquals(Optional.of("gazette-2024-0042"), ferry.guid());
        assertEquals(Optional.of("https://gazette.example.org/2024/ferry-timetable?utm_source=rss&id=7#comments"),
                ferry.link());
        assertEquals("Council approves new ferry timetable", ferry.title());
        // rules see the teaser and the content:encoded body (the teaser is not part of the body here)
        assertEquals("Short teaser about the ferry. The council voted 7 to 2 for the new timetable. Read the minutes."
                + " Ferries leave every 40 minutes.", ferry.summaryText());
        assertEquals("Short teaser about the ferry.", ferry.summaryHtml());
        assertTrue(ferry.contentHtml().contains("<b>7 to 2</b>"), ferry.contentHtml());
        assertTrue(ferry.contentHtml().contains("<a href=\"https://gazette.example.org/council/minutes\""
                + " rel=\"nofollow noopener\">Read the minutes</a>"), ferry.contentHtml());
        assertEquals(Optional.of(Instant.parse("2024-03-05T09:30:00Z")), ferry.published());

        ParsedItem market = feed.items().get(1);
        assertEquals(Optional.empty(), market.guid(), "Rome's link fallback is not a guid");
        assertEquals(Optional.of("https://gazette.example.org/2024/fish-market"), market.link());
        assertEquals("From April the fish market also opens on Sundays & holidays.", market.summaryText());
        assertTrue(market.summaryHtml().contains("<em>also</em>"), market.summaryHtml());

        ParsedItem untitled = feed.items().get(2);
        assertEquals(Optional.empty(), untitled.link());
        assertTrue(untitled.title().startsWith("A lighthouse keeper retired after forty years"), untitled.title());
        assertTrue(untitled.title().endsWith("…") && untitled.title().length() <= 81, untitled.title());
        assertEquals(Optional.empty(), untitled.published());
    }

    @Test
    void readsRss091InItsDeclaredEncoding() throws Exception {
        ParsedFeed feed = parse("rss091.xml", "http://cafe.example.net/rss.xml");
        assertEquals("Café Notes", feed.title());
        assertEquals(2, feed.items().size());
        ParsedItem item = feed.items().get(0);
        assertEquals("Crème brûlée is back", item.title());
        assertEquals(Optional.empty(), item.guid());
        assertEquals(Optional.of("http://cafe.example.net/notes/creme-brulee"), item.link());
        assertEquals("Our pastry chef brought back the crème brûlée.", item.summaryText());
    }

    @Test
    void readsRss10Rdf() throws Exception {
        ParsedFeed feed = parse("rss10-rdf.xml", "https://observatory.example.com/rss");
        assertEquals("Hilltop Observatory", feed.title());
        assertEquals(2, feed.items().size());
        ParsedItem comet = feed.items().get(0);
        assertEquals(Optional.of("https://observatory.example.com/logs/comet"), comet.guid());   // rdf:about
        assertEquals("A faint comet near Cassiopeia", comet.title());
        assertEquals(Optional.of(Instant.parse("2024-02-11T01:15:00Z")), comet.published());
        assertEquals(Optional.of(Instant.parse("2024-02-09T21:40:00Z")), feed.items().get(1).published());
    }

    @Test
    void readsAtom10WithXmlBase() throws Exception {
        ParsedFeed feed = parse("atom10.xml", "https://feeds.example.net/gardening.atom");
        assertEquals("Notes on Gardening", feed.title());
        assertEquals(Optional.of("https://blog.example.com/"), feed.siteLink(), "the alternate link, not self");
        assertEquals(3, feed.items().size());

        ParsedItem tomatoes = feed.items().get(0);
        assertEquals(Optional.of("tag:blog.example.com,2024:post-17"), tomatoes.guid());
        assertEquals(Optional.of("https://blog.example.com/posts/tomatoes"), tomatoes.link());
        assertEquals("Tomatoes & basil", tomatoes.title(), "type=html title is stripped of tags");
        assertEquals("Why they grow well together. Plant basil next to tomatoes.", tomatoes.summaryText(),
                "summary and content");
        assertTrue(tomatoes.contentHtml().contains("href=\"https://blog.example.com/companions\""),
                tomatoes.contentHtml());
        assertEquals(Optional.of(Instant.parse("2024-02-28T08:00:00Z")), tomatoes.published(), "published first");

        ParsedItem compost = feed.items().get(1);
        assertEquals(Optional.of("https://archive.example.com/2023/compost.html"), compost.link());
        assertEquals("Compost in winter: a <b> tag is just text here", compost.title(), "type=text is literal");
        assertEquals("Keep the heap covered.", compost.summaryText());
        assertTrue(compost.summaryHtml().contains("<em>covered</em>"), compost.summaryHtml());
        assertTrue(compost.summaryHtml().contains("src=\"https://archive.example.com/2023/heap.jpg\""),
                compost.summaryHtml());
        assertEquals(Optional.of(Instant.parse("2023-12-01T09:00:00Z")), compost.published(), "else updated");

        ParsedItem seeds = feed.items().get(2);
        assertEquals(Optional.of(NOW), seeds.published(), "a date in 2099 is clamped to now");
        assertEquals("Plain text with a <tag> that stays text.", seeds.summaryText());
        assertTrue(seeds.summaryHtml().contains("&lt;tag&gt;"), seeds.summaryHtml());
    }

    @Test
    void readsAtom03() throws Exception {
        ParsedFeed feed = parse("atom03.xml", "http://trails.example.org/atom.xml");
        assertEquals("River Trail Club", feed.title());
        assertEquals(Optional.of("http://trails.example.org/"), feed.siteLink());
        ParsedItem bridge = feed.items().get(0);
        assertEquals(Optional.of("tag:trails.example.org,2024:bridge"), bridge.guid());
        assertEquals("Bridge repaired", bridge.title());
        assertEquals(Optional.of("http://trails.example.org/news/bridge"), bridge.link());
        assertEquals("The footbridge over the weir is open again.", bridge.summaryText());
        assertTrue(bridge.published().isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/xml", "application/rss+xml; charset=windows-1251",
        "application/xml; charset=\"Windows-1251\""})
    void readsCyrillicWindows1251(String contentType) throws Exception {
        ParsedFeed feed = parser.parse(fixture("windows-1251.xml"),
                contentType.isEmpty() ? Optional.empty() : Optional.of(contentType),
                URI.create("https://sibir.example.ru/rss"));
        assertEquals("Новости Сибири", feed.title());
        assertEquals("Мороз в Новосибирске", feed.items().get(0).title());
        assertEquals("Температура опустилась до минус сорока градусов.", feed.items().get(0).summaryText());
    }

    @Test
    void httpCharsetWinsWhenTheDocumentDeclaresNone() throws Exception {
        byte[] latin1 = "<rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        ParsedFeed feed = parser.parse(latin1, Optional.of("text/xml; charset=ISO-8859-1"), uri());
        assertEquals("Café", feed.title());
    }

    @Test
    void readsUtf8WithoutDeclarationServedAsTextXml() throws Exception {
        byte[] utf8 = "<rss version=\"2.0\"><channel><title>Caf\u00e9 \u2615</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/xml", "text/html", "application/rss+xml")) {
            assertEquals("Café ☕", parser.parse(utf8, Optional.of(type), uri()).title(), type);
        }
    }

    @Test
    void ignoresAnUnknownCharset() throws Exception {
        byte[] utf8 = "<rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("Café", parser.parse(utf8, Optional.of("application/rss+xml; charset=no-such-charset"), uri())
                .title(), "the bytes decide when the label names no encoding at all");
    }

    @Test
    void honoursAByteOrderMark() throws Exception {
        byte[] feed = fixture("rss20.xml");
        byte[] withBom = new byte[feed.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(feed, 0, withBom, 3, feed.length);
        assertEquals("Harbour Town Gazette", parser.parse(withBom, Optional.empty(), uri()).title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe-external-entity.xml", "xxe-parameter-entity.xml", "billion-laughs.xml",
        "remote-dtd.xml"})
    void refusesDoctypes(String file) throws Exception {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(fixture(file), Optional.of("application/rss+xml"), uri()));
        assertTrue(e.getMessage().startsWith(uri() + ": the document contains a DOCTYPE declaration"),
                e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd may show");
        assertEquals(uri(), e.feedUri());
    }

    @Test
    void neverDownloadsADtdOrExternalEntity() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String local = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            for (String file : List.of("remote-dtd.xml", "xxe-parameter-entity.xml")) {
                String xml = new String(fixture(file), StandardCharsets.UTF_8);
                assertTrue(xml.contains("http://127.0.0.1:9/"), file);
                byte[] pointingHere = xml.replace("http://127.0.0.1:9/", local).getBytes(StandardCharsets.UTF_8);
                assertThrows(FeedParseException.class, () -> parser.parse(pointingHere, Optional.empty(), uri()));
            }
        } finally {
            server.stop(0);
        }
        assertEquals(0, requests.get(), "the parser fetched a DTD or entity");
    }

    @Test
    void recognisesAnHtmlPage() throws Exception {
        for (Optional<String> type : List.of(Optional.<String>empty(), Optional.of("text/html; charset=utf-8"))) {
            FeedParseException e = assertThrows(FeedParseException.class,
                    () -> parser.parse(fixture("not-a-feed.html"), type, uri()));
            assertEquals(uri() + ": this is an HTML page, not a feed", e.getMessage());
        }
        byte[] sloppyHtml = "<html><body><p>Hello<br></body></html>".getBytes(StandardCharsets.UTF_8);
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(sloppyHtml, Optional.of("text/html"), uri()));
        assertEquals(uri() + ": this is an HTML page, not a feed", e.getMessage());
    }

    @Test
    void reportsTruncatedXmlWithRomesReason() throws Exception {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(fixture("truncated.xml"), Optional.empty(), uri()));
        assertTrue(e.getMessage().startsWith(uri() + ": this is not well-formed XML: "), e.getMessage());
        assertTrue(e.getMessage().contains("XML document structures must start and end"), e.getMessage());
    }

    @Test
    void reportsXmlThatIsNoFeed() {
        byte[] xml = "<?xml version=\"1.0\"?><shopping><item>milk</item></shopping>".getBytes(StandardCharsets.UTF_8);
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(xml, Optional.of("application/xml"), uri()));
        assertEquals(uri() + ": this XML document is not an RSS or Atom feed", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \r\n\t ", "\ufeff  "})
    void reportsAnEmptyDocument(String body) {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(body.getBytes(StandardCharsets.UTF_8), Optional.empty(), uri()));
        assertEquals(uri() + ": the server sent an empty document", e.getMessage());
    }

    @Test
    void dropsCharactersThatXmlForbids() throws Exception {
        ParsedFeed feed = parser.parse(fixture("invalid-chars.xml"), Optional.empty(), uri());
        assertEquals("Control characters inside", feed.title());
        assertEquals("Bell and form feed", feed.items().get(0).title());
    }

    @Test
    void sanitisesScriptsAndEventHandlers() throws Exception {
        ParsedFeed feed = parse("script-in-description.xml", "https://sneaky.example.org/rss");
        assertEquals("Sneaky News", feed.title());
        ParsedItem item = feed.items().get(0);
        assertEquals("Hello world", item.title());
        String html = item.summaryHtml();
        for (String forbidden : List.of("<script", "onclick", "onmouseover", "onerror", "javascript:", "<iframe",
                "<style", "data:", "document.cookie", "display:none")) {
            assertFalse(html.contains(forbidden), forbidden + " survived in " + html);
        }
        assertTrue(html.contains("<a href=\"https://sneaky.example.org/safe\" rel=\"nofollow noopener\">there</a>"),
                html);
        assertTrue(html.contains("<img src=\"https://sneaky.example.org/pic.png\">"), html);
        assertEquals("Click here or there.", item.summaryText());
    }

    @Test
    void dropsLinksThatAreNotHttp() throws Exception {
        ParsedFeed feed = parser.parse(rss("<item><title>x</title><link>javascript:alert(1)</link></item>"),
                Optional.empty(), uri());
        assertEquals(Optional.empty(), feed.items().get(0).link());
    }

    @Test
    void capsTitleAndSummaryLength() throws Exception {
        String longWord = "word ".repeat(10_000);
        ParsedFeed feed = parser.parse(rss("<item><title>" + longWord + "</title><description>" + longWord
                + "</description></item>"), Optional.empty(), uri());
        ParsedItem item = feed.items().get(0);
        assertEquals(FeedParser.MAX_TITLE_CHARS, item.title().length());
        assertTrue(item.summaryText().length() <= FeedParser.MAX_SUMMARY_CHARS);
        assertTrue(item.summaryText().length() > FeedParser.MAX_SUMMARY_CHARS - 10);
    }

    @Test
    void skipsItemsWithNothingInThem() throws Exception {
        ParsedFeed feed = parser.parse(rss("<item></item><item><title>kept</title></item>"), Optional.empty(),
                uri());
        assertEquals(1, feed.items().size());
        assertEquals("kept", feed.items().get(0).title());
    }

    private ParsedFeed parse(String file, String feedUri) throws Exception {
        return parser.parse(fixture(file), Optional.empty(), URI.create(feedUri));
    }

    private static byte[] rss(String items) {
        return ("<rss version=\"2.0\"><channel><title>t</title><link>https://example.org/</link>" + items
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private static URI uri() {
        return URI.create("https://feeds.example.org/feed.xml");
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }
}
