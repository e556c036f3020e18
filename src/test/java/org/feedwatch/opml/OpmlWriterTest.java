package org.feedwatch.opml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class OpmlWriterTest {

    private static final Instant NOW = Instant.parse("2025-12-15T10:00:00Z");

    @Test
    void exportedFeedsReadBackTheSame() throws Exception {
        List<OpmlFeed> feeds = List.of(
                new OpmlFeed("https://gazette.example.org/feed.xml", Optional.of("Harbour Town Gazette")),
                new OpmlFeed("https://rights.example.org/rss?a=1&b=2", Optional.of("Rights & \"Wrongs\" <weekly> 'x'")),
                new OpmlFeed("https://by.example.org/rss", Optional.of("Навіны – Беларусь")),
                new OpmlFeed("https://untitled.example.org/feed", Optional.empty()));
        OpmlDocument back = OpmlReader.read(OpmlWriter.write(feeds, NOW));
        assertEquals(List.of(), back.problems());
        assertEquals(feeds.stream().map(OpmlFeed::url).toList(),
                back.feeds().stream().map(OpmlOutline::xmlUrl).toList());
        assertEquals(List.of("Harbour Town Gazette", "Rights & \"Wrongs\" <weekly> 'x'", "Навіны – Беларусь",
                "https://untitled.example.org/feed"),
                back.feeds().stream().map(outline -> outline.title().orElseThrow()).toList());
    }

    @Test
    void writesWellFormedOpml2EvenFromTitlesXmlCannotCarry() throws Exception {
        byte[] written = OpmlWriter.write(List.of(new OpmlFeed("https://x.example.org/feed",
                Optional.of("bell\u0007 and\nnewline \ud800 lone surrogate"))), NOW);
        // A strict DOM parse fails on anything that is not well-formed.
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(written));
        Element root = document.getDocumentElement();
        assertEquals("opml", root.getTagName());
        assertEquals("2.0", root.getAttribute("version"));
        assertEquals("Mon, 15 Dec 2025 10:00:00 GMT",
                root.getElementsByTagName("dateCreated").item(0).getTextContent());
        Element outline = (Element) root.getElementsByTagName("outline").item(0);
        assertEquals("rss", outline.getAttribute("type"));
        assertEquals("bell and newline  lone surrogate", outline.getAttribute("text"));
        assertEquals(outline.getAttribute("text"), outline.getAttribute("title"));
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
    }

    @Test
    void anEmptyListIsAnEmptyBody() throws Exception {
        OpmlDocument back = OpmlReader.read(OpmlWriter.write(List.of(), NOW));
        assertEquals(List.of(), back.feeds());
    }
}
