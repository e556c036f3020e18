package org.feedwatch.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class AtomFeedWriterTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant MATCHED = Instant.parse("2026-11-20T08:05:00Z");

    /** Everything a hostile or merely careless feed sends: controls XML forbids, markup, Cyrillic, RTL, emoji. */
    private static final String HOSTILE_TITLE = "Суд над \u0000Алесем\u000B Бяляцкім <script>alert(1)</script> & ]]>"
            + " \u202Eשלום مرحبا\u202C 😀\uFFFE\uD800";

    private final AtomFeedWriter writer = new AtomFeedWriter();

    private static MatchFeedDocument document(FeedEntry... entries) {
        return new MatchFeedDocument("urn:uuid:0f8fad5b-d9cb-369f-a165-70867728950e", "Feedwatch: anna's matches",
                "https://alerts.example.org/feeds/7/tok.atom", MATCHED, List.of(entries));
    }

    private static FeedEntry entry(String id, String title, String summary) {
        return new FeedEntry(id, title, Optional.of("https://news.example.org/a?x=1&y=2"), PUBLISHED, MATCHED,
                summary, "Наша Ніва \u0001", "https://news.example.org/feed.xml");
    }

    @Test
    void romeReadsBackEveryEntry() throws Exception {
        byte[] xml = writer.write(document(
                entry("urn:uuid:1", "First", "Snippet one\n\nmatched: Алеся Бяляцкага → Ales Bialiatski (rule Political prisoners)"),
                entry("urn:uuid:2", "Second", "matched: sanctions (rule Sanctions)")));
        SyndFeed feed = new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));

        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Feedwatch: anna's matches", feed.getTitle());
        assertEquals("urn:uuid:0f8fad5b-d9cb-369f-a165-70867728950e", feed.getUri());
        assertEquals(MATCHED, feed.getPublishedDate().toInstant(), "the feed's updated is its newest match");
        assertTrue(feed.getLinks().stream().anyMatch(l -> "self".equals(l.getRel())
                && "https://alerts.example.org/feeds/7/tok.atom".equals(l.getHref())));
        assertEquals(2, feed.getEntries().size());
        SyndEntry first = feed.getEntries().get(0);
        assertEquals("urn:uuid:1", first.getUri());
        assertEquals("First", first.getTitle());
        assertEquals("https://news.example.org/a?x=1&y=2", first.getLink());
        assertEquals(PUBLISHED, first.getPublishedDate().toInstant());
        assertEquals(MATCHED, first.getUpdatedDate().toInstant());
        assertEquals("text", first.getDescription().getType());
        assertEquals("Snippet one\n\nmatched: Алеся Бяляцкага → Ales Bialiatski (rule Political prisoners)",
                first.getDescription().getValue());
        assertEquals("Наша Ніва", first.getAuthor(), "the author is the source feed, without its control character");
        assertEquals("Наша Ніва", first.getSource().getTitle().strip());
    }

    @Test
    void hostileTextGivesWellFormedXmlThatStillSaysIt() throws Exception {
        byte[] xml = writer.write(document(entry("urn:uuid:1", HOSTILE_TITLE, "x\u0007y " + HOSTILE_TITLE)));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        String title = text(parsed, "title", 1); // 0 is the feed's own title
        String expected = "Суд над Алесем Бяляцкім <script>alert(1)</script> & ]]> \u202Eשלום مرحبا\u202C 😀";
        assertEquals(expected, title, "every allowed character kept, every forbidden one gone");
        assertEquals("xy " + expected, text(parsed, "summary", 0));
        String raw = new String(xml, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"), "markup from a feed is text, escaped");
        assertTrue(raw.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), raw.substring(0, 60));

        SyndFeed feed = new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
        assertEquals(expected, feed.getEntries().get(0).getTitle());
    }

    @Test
    void romeDoesNotStripForbiddenCharactersItself() {
        // Why XmlChars exists: handed a raw control character, Rome's JDOM refuses to build the document.
        Feed feed = new Feed(AtomFeedWriter.ATOM);
        feed.setId("urn:uuid:1");
        feed.setTitle("t");
        Entry entry = new Entry();
        entry.setId("urn:uuid:2");
        Content title = new Content();
        title.setValue("bad\u0000title");
        entry.setTitleEx(title);
        feed.setEntries(List.of(entry));
        assertThrows(RuntimeException.class, () -> new WireFeedOutput().outputString(feed));
    }

    @Test
    void anEmptyFeedIsValidToo() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new InputStreamReader(
                new ByteArrayInputStream(writer.write(document())), StandardCharsets.UTF_8));
        assertEquals(0, feed.getEntries().size());
        assertEquals("Feedwatch", feed.getAuthors().get(0).getName());
    }

    private static String text(Document parsed, String element, int index) {
        return parsed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", element).item(index).getTextContent();
    }
}
