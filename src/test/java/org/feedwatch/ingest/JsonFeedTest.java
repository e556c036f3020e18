package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the parser picks JSON Feed, and what it does with broken or hostile JSON. */
class JsonFeedTest {

    private static final URI FEED = URI.create("https://feeds.example.org/feed.json");
    private static final String MINIMAL = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Tiny\","
            + "\"items\":[{\"id\":\"1\",\"title\":\"One\",\"content_text\":\"x\"}]}";

    private final FeedParser parser = new FeedParser(Clock.fixed(Instant.parse("2024-03-10T00:00:00Z"),
            ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"", "application/feed+json", "application/json; charset=utf-8", "text/plain",
        "application/rss+xml", "text/html"})
    void theBodyDecidesWhateverTheContentType(String contentType) throws Exception {
        ParsedFeed feed = parser.parse(bytes("\ufeff \n" + MINIMAL), type(contentType), FEED);
        assertEquals("Tiny", feed.title());
        assertEquals("One", feed.items().get(0).title());
    }

    @Test
    void anXmlBodyServedAsJsonIsReadAsXml() throws Exception {
        byte[] rss = bytes("<rss version=\"2.0\"><channel><title>Really RSS</title></channel></rss>");
        assertEquals("Really RSS", parser.parse(rss, Optional.of("application/feed+json"), FEED).title());
    }

    @Test
    void aJsonTypeWithABodyThatIsNeitherIsReportedAsBadJson() {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(bytes("version: 1"), Optional.of("application/feed+json"), FEED));
        assertTrue(e.getMessage().startsWith(FEED + ": this is not valid JSON: "), e.getMessage());
    }

    @Test
    void reportsTruncatedJson() {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(bytes(MINIMAL.substring(0, 60)), Optional.empty(), FEED));
        assertTrue(e.getMessage().startsWith(FEED + ": this is not valid JSON: "), e.getMessage());
    }

    @Test
    void refusesJsonThatIsNoJsonFeed() {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(bytes("{\"items\":[{\"id\":1}]}"), Optional.of("application/json"), FEED));
        assertEquals(FEED + ": this JSON document is not a JSON Feed: its \"version\" does not name a jsonfeed.org"
                + " version", e.getMessage());
        FeedParseException array = assertThrows(FeedParseException.class,
                () -> parser.parse(bytes("[1, 2]"), Optional.of("application/json"), FEED));
        assertEquals(FEED + ": this JSON document is not a JSON Feed: it is not an object", array.getMessage());
    }

    @Test
    void refusesDeepNestingBeforeParsing() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String json = "{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"t\",\"items\":[{\"id\":\"1\","
                + "\"_ext\":" + deep + "}]}";
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(bytes(json), Optional.empty(), FEED));
        assertEquals(FEED + ": this JSON document is nested more than 64 levels deep, which no feed needs",
                e.getMessage());
    }

    @Test
    void bracketsInsideStringsAreNotNesting() {
        assertEquals(2, JsonFeedReader.depth("{\"a\":[\"[[[[{{{\\\"]]]\"]}"));
    }

    @Test
    void ignoresValuesOfTheWrongType() throws Exception {
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":42,\"home_page_url\":[],"
                + "\"items\":[{\"id\":{\"x\":1},\"url\":\"https://feeds.example.org/a\",\"title\":[\"no\"],"
                + "\"content_html\":\"<p>Body</p>\",\"tags\":\"not-a-list\",\"date_published\":\"yesterday\","
                + "\"attachments\":[{\"url\":7},{\"mime_type\":\"audio/mpeg\"}],\"authors\":\"me\"}]}";
        ParsedFeed feed = parser.parse(bytes(json), Optional.empty(), FEED);
        assertEquals("feeds.example.org", feed.title(), "no usable title: the host");
        assertEquals(Optional.empty(), feed.siteLink());
        ParsedItem item = feed.items().get(0);
        assertEquals(Optional.empty(), item.guid());
        assertEquals(Optional.of("https://feeds.example.org/a"), item.link());
        assertEquals("Body", item.title(), "the first words of the text");
        assertEquals(Optional.empty(), item.published());
        assertEquals(List.of(), item.categories());
        assertEquals(List.of(), item.enclosures());
        assertEquals(List.of(), item.authors());
    }

    @Test
    void readsTheModifiedDateWhenThePublishedOneIsUnreadableAndIgnoresAbsurdSizes() throws Exception {
        String json = "{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"t\",\"items\":[{\"id\":\"1\","
                + "\"title\":\"x\",\"date_published\":\"soon\",\"date_modified\":\"2024-03-01T10:00:00Z\","
                + "\"attachments\":[{\"url\":\"https://feeds.example.org/a.mp3\",\"size_in_bytes\":1e30},"
                + "{\"url\":\"https://feeds.example.org/b.mp3\",\"size_in_bytes\":2.5}]}]}";
        ParsedItem item = parser.parse(bytes(json), Optional.empty(), FEED).items().get(0);
        assertEquals(Optional.of(Instant.parse("2024-03-01T10:00:00Z")), item.published());
        assertEquals(List.of(OptionalLong.empty(), OptionalLong.empty()),
                item.enclosures().stream().map(ParsedEnclosure::length).toList());
    }

    @Test
    void itemsMayBeMissing() throws Exception {
        ParsedFeed feed = parser.parse(bytes("{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"Empty\"}"),
                Optional.empty(), FEED);
        assertEquals("Empty", feed.title());
        assertEquals(List.of(), feed.items());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> type(String contentType) {
        return contentType.isEmpty() ? Optional.empty() : Optional.of(contentType);
    }
}
