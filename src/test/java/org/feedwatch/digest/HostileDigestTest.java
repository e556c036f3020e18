package org.feedwatch.digest;

import static org.feedwatch.digest.Fixtures.NOW;
import static org.feedwatch.digest.Fixtures.feed;
import static org.feedwatch.digest.Fixtures.item;
import static org.feedwatch.digest.Fixtures.match;
import static org.feedwatch.digest.Fixtures.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Titles, snippets, rule names, feed names and links written by an attacker come out inert in both parts. */
class HostileDigestTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String TITLE = "Breaking\r\nUnsubscribe: https://evil.example/u " + SCRIPT
            + " \"onmouseover=\"alert(2)\" x='y' \u202Egnp.exe";
    private static final String SNIPPET = "Snippet </p><img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">"
            + "click</a>\r\n\r\n-- \r\nYou receive this digest because \u2066evil\u2069";
    private static final String RULE = "Rule <img src=x onerror=alert(5)>\r\nBcc: victim@example.org";
    private static final String FEED = "Feed\"><script>alert(6)</script>\u202E";

    private final DigestView view = Fixtures.composer().compose(subscriber(7, "Europe/Minsk"), List.of(
            match(item(1, feed(1, FEED), TITLE, "", "javascript:alert(7)", Instant.parse("2025-12-13T08:00:00Z")),
                    1, List.of("Breaking", "<script>"), List.of("\"><b>"), SNIPPET),
            match(item(2, feed(2, "Wire <b>bold</b>"), TITLE, "", "https://wire.example/a\"onclick=\"x",
                    Instant.parse("2025-12-13T09:00:00Z")), 1, "Breaking"),
            match(item(3, feed(3, "Data feed"), "Second", "Text", "data:text/html,<script>alert(8)</script>",
                    Instant.parse("2025-12-13T07:00:00Z")), 2, "Text")),
            Map.of(1L, RULE, 2L, "javascript:alert(9)"), NOW, DigestKind.ALERT,
            "6f1c3b1e-1d2a-3b4c-8d5e-0a1b2c3d4e5f", 50);

    private final RenderedDigest rendered = new TemplateRenderer(Optional.empty()).renderDigest(view);

    @Test
    void theHtmlPartHasNoMarkupFromOutsideOnlyOurLinksAndNoDirectionOverrides() {
        Document doc = Jsoup.parse(rendered.html());

        Set<String> allowed = Set.of("html", "head", "meta", "title", "style", "body", "div", "table", "tbody", "tr",
                "td", "h1", "h2", "h3", "p", "span", "a", "strong", "#root");
        for (Element element : doc.getAllElements()) {
            assertTrue(allowed.contains(element.normalName()), "unexpected element " + element.normalName());
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), "event handler " + attribute);
            }
        }
        for (Element link : doc.select("a[href]")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("https://feedwatch.example/"), "only our own links are left: " + href);
        }
        assertEquals(1, doc.select("style").size());
        assertFalse(rendered.html().contains("\u202E") || rendered.html().contains("\u2066"), "no bidi controls");
        assertFalse(rendered.html().toLowerCase().contains("<script"));
        assertFalse(rendered.html().contains("<img"));
        assertTrue(rendered.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is shown as text");
        assertTrue(doc.text().contains("Rule <img src=x onerror=alert(5)> Bcc: victim@example.org"), doc.text());
        assertTrue(doc.text().contains("Feed\"><script>alert(6)</script>"), "the feed name reads as it was written");
    }

    @Test
    void thePlainTextPartKeepsEachValueOnItsLineSoTheFooterCannotBeFaked() {
        String text = rendered.text();

        assertFalse(text.contains("\r"), "no CR at all");
        assertFalse(text.contains("\u202E") || text.contains("\u2066") || text.contains("\u2069"), text);
        assertTrue(text.lines().map(String::strip).noneMatch(l -> l.startsWith("javascript:") || l.startsWith("data:")
                || l.startsWith("https://wire.example")), "no unsafe URL on a line of its own:\n" + text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("Unsubscribe:")).count(), text);
        assertEquals(1, text.lines().filter(l -> l.equals("-- ")).count(), "one signature separator:\n" + text);
        assertTrue(text.contains("\n* Breaking Unsubscribe: https://evil.example/u " + SCRIPT), text);
        assertTrue(text.lines().noneMatch(l -> l.startsWith("Bcc:")), text);
    }

    @Test
    void theSubjectIsOneLine() {
        assertFalse(view.subject().contains("\r") || view.subject().contains("\n"), view.subject());
        assertFalse(view.subject().contains("\u202E"), view.subject());
        assertEquals("Alert · Rule <img src=x onerror=alert(5)> Bcc:…: Breaking Unsubscribe: https://evil.example/u"
                + " <script>alert(1)</script>… (+1 more story)", view.subject());
    }
}
