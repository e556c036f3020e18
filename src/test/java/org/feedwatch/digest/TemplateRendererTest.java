package org.feedwatch.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {

    private static final String EVIL_TITLE = "<script>alert(1)</script> Bialiatski freed";
    private static final String EVIL_SNIPPET = "Quote \"&<> here: Ales Bialiatski crossed into Lithuania.";

    private final TemplateRenderer renderer = new TemplateRenderer(Optional.empty());

    @Test
    void htmlEscapesFeedTextAndHasNoScriptTag() {
        String html = renderer.renderDigest(sampleDigest(0)).html();

        assertFalse(html.toLowerCase().contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Bialiatski freed"), html);
        assertTrue(html.contains("Quote &quot;&amp;&lt;&gt; here"), html);
        assertTrue(html.contains("<a class=\"fw-link\" href=\"https://news.example.org/a?x=1&amp;y=2\""), html);
        assertTrue(html.contains("<strong dir=\"auto\">Nobel &lt;laureates&gt;</strong>"), html);
    }

    @Test
    void textPrintsFeedTextLiterally() {
        String text = renderer.renderDigest(sampleDigest(0)).text();

        assertTrue(text.contains("* " + EVIL_TITLE + "\n"), text);
        assertTrue(text.contains(EVIL_SNIPPET), text);
        assertTrue(text.contains("\n  https://news.example.org/a?x=1&y=2\n"), "URL on its own line:\n" + text);
        assertTrue(text.contains("Minsk Rights Monitor (demo) · 13 Dec 2025, 11:02"), text);
        assertTrue(text.contains("Matched: bialiatski, lithuania\n"), text);
        assertTrue(text.contains("Also matches Belarus (Lithuania)\n  Also matches Nobel <laureates>\n"), text);
        assertTrue(text.contains("Also reported by:\n  - Wire & Co\n    https://wire.example/b?c=1&d=2\n"
                + "  - Unlinked Daily\n"), text);
        assertTrue(text.contains("Matched: Бяляцкага → Ales Bialiatski"), text);
        assertTrue(text.contains("== Bialiatski (2 stories) =="), text);
        assertFalse(text.contains("&amp;") || text.contains("&lt;") || text.contains("<td"), text);
        assertFalse(text.contains("javascript:"), text);
        assertTrue(text.contains("Read online:\nhttps://feedwatch.example/archive/42?s=7&t=m\n"), text);
        assertTrue(text.contains("Manage your watch rules:\nhttps://feedwatch.example/rules\n"), text);
        assertTrue(text.endsWith("Unsubscribe:\nhttps://feedwatch.example/unsubscribe?t=abc\n"), text);
    }

    @Test
    void htmlHighlightsMatchedTermsInTheSnippet() {
        String html = renderer.renderDigest(sampleDigest(0)).html();

        String open = HtmlHighlighter.OPEN;
        assertTrue(html.contains("Ales " + open + "Bialiatski</strong> crossed into " + open + "Lithuania</strong>."),
                html);
        assertTrue(html.contains("Matched: <span dir=\"auto\">bialiatski, lithuania</span>"), html);
        assertTrue(html.contains("Matched: <span dir=\"auto\">Бяляцкага → Ales Bialiatski</span>"), html);
        assertTrue(html.contains("Also reported by <a class=\"fw-link\" dir=\"auto\" "
                + "href=\"https://wire.example/b?c=1&amp;d=2\""), html);
    }

    @Test
    void highlightIsCaseInsensitiveAcrossScripts() {
        String html = HtmlHighlighter.highlight("Алесь БЯЛЯЦКІ вызвалены", List.of("бяляцкі"));

        assertEquals("Алесь " + HtmlHighlighter.OPEN + "БЯЛЯЦКІ</strong> вызвалены", html);
    }

    @Test
    void highlightTermsCannotInjectMarkup() {
        String text = "a <b>bold</b> claim \"onmouseover=alert(1) and amp";
        String html = HtmlHighlighter.highlight(text, List.of("<b>", "\"onmouseover=", "amp", "(", ".*"));

        String open = HtmlHighlighter.OPEN;
        assertEquals("a " + open + "&lt;b&gt;</strong>bold&lt;/b&gt; claim " + open + "&quot;onmouseover=</strong>alert"
                + open + "(</strong>1) and " + open + "amp</strong>", html);
        String withoutOwnMarks = html.replace(open, "").replace("</strong>", "");
        assertFalse(withoutOwnMarks.contains("<") || withoutOwnMarks.contains(">") || withoutOwnMarks.contains("\""),
                withoutOwnMarks);
    }

    @Test
    void highlightPrefersTheLongerOverlappingTermAndIgnoresBlankOnes() {
        String open = HtmlHighlighter.OPEN;
        assertEquals(open + "Ales Bialiatski</strong>",
                HtmlHighlighter.highlight("Ales Bialiatski", List.of("ales", " ", "", "ales bialiatski")));
        assertEquals("nothing &amp; marked", HtmlHighlighter.highlight("nothing & marked", List.of()));
    }

    @Test
    void htmlShowsSectionsAndEntriesAndTitleWithoutLinkWhenLinkMissingOrNotHttp() {
        String html = renderer.renderDigest(sampleDigest(0)).html();

        assertTrue(html.contains(">Bialiatski <span"), html);
        assertTrue(html.contains(">Potash &amp; sanctions <span"), html);
        assertTrue(html.contains("&middot; 2 stories</span></h2>"), html);
        assertTrue(html.contains(">Today&#39;s digest</h1>") || html.contains(">Today's digest</h1>"), html);
        assertTrue(html.contains("3 new stories for 2 of your watch rules &middot; 13 Dec 2025, 12:00"), html);
        assertTrue(html.contains(">EU widens potash measures</h3>"), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("href=\"\""), html);
        assertFalse(html.contains("more in this digest"), html);
    }

    @Test
    void moreCountLinksToTheWebVersionOfThisDigest() {
        RenderedDigest digest = renderer.renderDigest(sampleDigest(7));

        assertTrue(digest.html().contains("And 7 more stories in this digest. <a class=\"fw-link\" "
                + "href=\"https://feedwatch.example/archive/42?s=7&amp;t=m\""), digest.html());
        assertTrue(digest.html().contains(">Read all 10 stories online</a>"), digest.html());
        assertTrue(digest.text().contains("And 7 more stories in this digest. Read all 10 online:\n"
                + "https://feedwatch.example/archive/42?s=7&t=m\n"), digest.text());
    }

    @Test
    void htmlHasShellPreheaderAndFooterLinks() {
        String html = renderer.renderDigest(sampleDigest(0)).html();

        assertTrue(html.matches("(?s).*<body[^>]*>\\s*<div style=\"display:none;[^>]*>Bialiatski freed, potash news[^<]*</div>.*"),
                "hidden preheader right after <body>:\n" + html);
        assertTrue(html.contains("<a class=\"fw-link\" href=\"https://feedwatch.example/archive/42?s=7&amp;t=m\" "
                + "style=\"color:#0b57d0;text-decoration:underline;\">Read online</a>"), html);
        assertTrue(html.contains(">Read this digest online</a>"), html);
        assertTrue(html.contains("href=\"https://feedwatch.example/rules\" "
                + "style=\"color:#0b57d0;text-decoration:underline;\">Manage your watch rules</a>"), html);
        assertTrue(html.contains("href=\"https://feedwatch.example/unsubscribe?t=abc\""), html);
        assertTrue(html.contains("Times are in Europe/Vilnius (UTC+02:00)."), html);
        assertTrue(html.contains("max-width:600px"), html);
        assertTrue(html.contains("<html lang=\"en\""), html);
        assertTrue(html.contains("<meta name=\"color-scheme\" content=\"light dark\">"), html);
        assertTrue(html.contains("<meta name=\"supported-color-schemes\" content=\"light dark\">"), html);
        assertFalse(html.contains("<link") || html.contains("<img") || html.contains("<script") || html.contains("url("),
                html);
        assertFalse(html.contains("noindex"), html);
    }

    @Test
    void theWebPageHasNoPreheaderAndNoLinkToItself() {
        String html = renderer.renderWebPage(sampleDigest(0));

        assertFalse(html.contains("display:none"), html);
        assertFalse(html.contains(">Read online</a>") || html.contains("Read this digest online"), html);
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), html);
        assertTrue(html.contains(">Past digests</a>"), html);
        assertTrue(html.contains("Unsubscribe</a>"), html);
    }

    @Test
    void overrideDirectoryWinsForTheTemplatesItHolds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("digest.txt"), "custom text for {{ digest.recipient }}", StandardCharsets.UTF_8);
        TemplateRenderer overridden = new TemplateRenderer(Optional.of(dir));

        RenderedDigest digest = overridden.renderDigest(sampleDigest(0));

        assertEquals("custom text for reader@example.org", digest.text());
        assertTrue(digest.html().contains("Manage your watch rules"), "digest.html still from the classpath");
    }

    @Test
    void overrideDirectoryThatIsNotADirectoryIsRejected(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TemplateRenderer(Optional.of(missing)));
        assertTrue(e.getMessage().startsWith(missing + ": "), e.getMessage());
    }

    @Test
    void missingTemplateAndBrokenTemplateNameTheTemplate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.html"), "{% if %}", StandardCharsets.UTF_8);
        TemplateRenderer overridden = new TemplateRenderer(Optional.of(dir));

        TemplateRenderingException missing = assertThrows(TemplateRenderingException.class,
                () -> renderer.renderPage("pages/nope.html", Map.of()));
        assertTrue(missing.getMessage().startsWith("pages/nope.html: "), missing.getMessage());
        TemplateRenderingException broken = assertThrows(TemplateRenderingException.class,
                () -> overridden.renderPage("broken.html", Map.of()));
        assertTrue(broken.getMessage().startsWith("broken.html: "), broken.getMessage());
    }

    @Test
    void strictVariablesRejectUnknownNames() {
        assertThrows(TemplateRenderingException.class,
                () -> renderer.renderPage("pages/error.html", Map.of("status", 404)));
    }

    /** Records work as page models: Pebble resolves record accessors such as {@code subject()}. */
    public record Message(String id, String to, String subject, String sent) {
    }

    @Test
    void mailboxListsMessagesWithLinksToHtmlAndRawViews() {
        Map<String, Object> model = new java.util.HashMap<>(Map.of("messages", List.of(
                new Message("m-1", "reader@example.org", "3 new matches <b>now</b>", "13 Dec 2025, 11:02"),
                Map.of("id", "m-2", "to", "other@example.org", "subject", "Second", "sent", "14 Dec 2025, 08:00")),
                "section", "mailbox", "csrf", "token"));
        model.put("smtp", null);
        model.put("notice", null);
        model.put("error", null);
        String html = renderer.renderPage("pages/admin/mailbox.html", model);

        assertTrue(html.contains("<title>Dev mailbox · Feedwatch</title>"), html);
        assertTrue(html.contains(
                "Mail is written here because no SMTP host is configured (<code>feedwatch.smtp.host</code>)."), html);
        assertTrue(html.contains("<a href=\"/admin/mailbox/m-1\">3 new matches &lt;b&gt;now&lt;/b&gt;</a>"), html);
        assertTrue(html.contains("href=\"/admin/mailbox/m-1.eml\""), html);
        assertTrue(html.contains("<a href=\"/admin/mailbox/m-2\">Second</a>"), html);
        assertTrue(html.contains("reader@example.org") && html.contains("14 Dec 2025, 08:00"), html);
        assertTrue(html.contains("href=\"/admin/mailbox\" aria-current=\"page\""), html);
        assertTrue(html.contains("name=\"viewport\""), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("No mail yet"), html);
    }

    @Test
    void mailboxShowsAnEmptyState() {
        Map<String, Object> model = new java.util.HashMap<>(Map.of("messages", List.of(), "section", "mailbox",
                "csrf", "token"));
        model.put("smtp", null);
        model.put("notice", null);
        model.put("error", null);
        String html = renderer.renderPage("pages/admin/mailbox.html", model);

        assertTrue(html.contains("No mail yet."), html);
        assertFalse(html.contains("<table"), html);
    }

    @Test
    void errorPageEscapesTheMessage() {
        String html = renderer.renderPage("pages/error.html", Map.of("status", 404, "message", "No rule <x> here"));

        assertTrue(html.contains("<h1>Error 404</h1>"), html);
        assertTrue(html.contains("No rule &lt;x&gt; here"), html);
    }

    @Test
    void demoFeedsAreValidAndHaveEnoughDistinctDecemberItems() throws Exception {
        SyndFeed rss = parse("belarus-rights.xml");
        SyndFeed atom = parse("world-desk.xml");

        assertTrue(rss.getFeedType().startsWith("rss_2.0"), rss.getFeedType());
        assertTrue(atom.getFeedType().startsWith("atom_1.0"), atom.getFeedType());
        assertEquals("Minsk Rights Monitor (demo)", rss.getTitle());
        assertEquals("World Desk (demo)", atom.getTitle());
        assertEquals(15, rss.getEntries().size());
        assertEquals(15, atom.getEntries().size());

        Set<String> ids = new HashSet<>();
        Set<String> links = new HashSet<>();
        int withMarkup = 0;
        for (SyndEntry entry : concat(rss.getEntries(), atom.getEntries())) {
            assertFalse(entry.getTitle().isBlank());
            assertTrue(ids.add(entry.getUri()), "duplicate id " + entry.getUri());
            assertTrue(links.add(entry.getLink()), "duplicate link " + entry.getLink());
            assertTrue(entry.getLink().startsWith("https://news.example.org/")
                    || entry.getLink().startsWith("https://world.example.com/"), entry.getLink());
            ZonedDateTime published = entry.getPublishedDate().toInstant().atZone(ZoneOffset.UTC);
            assertEquals(2025, published.getYear(), entry.getTitle());
            assertEquals(12, published.getMonthValue(), entry.getTitle());
            SyndContent description = entry.getDescription();
            assertFalse(description == null || description.getValue().isBlank(), entry.getTitle());
            if (description.getValue().contains("<p>") && description.getValue().contains("<a ")
                    && description.getValue().contains("<em>")) {
                withMarkup++;
            }
        }
        assertEquals(1, withMarkup, "exactly one item shows markup to sanitise");
        String all = Files.readString(feedPath("belarus-rights.xml")) + Files.readString(feedPath("world-desk.xml"));
        for (String spelling : List.of("Bialiatski", "Byalyatski", "Алесь Бяляцкі", "Алеся Беляцкого", "Belaruskali")) {
            assertTrue(all.contains(spelling), spelling);
        }
    }

    private static List<SyndEntry> concat(List<SyndEntry> a, List<SyndEntry> b) {
        List<SyndEntry> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static SyndFeed parse(String name) throws Exception {
        try (InputStream in = Files.newInputStream(feedPath(name))) {
            return new SyndFeedInput().build(new XmlReader(in));
        }
    }

    private static Path feedPath(String name) {
        return Path.of("src/main/webapp/demo/feeds", name);
    }

    static DigestView sampleDigest(int moreCount) {
        DigestEntry evil = new DigestEntry(EVIL_TITLE, "https://news.example.org/a?x=1&y=2",
                "Minsk Rights Monitor (demo)", "13 Dec 2025, 11:02", EVIL_SNIPPET, List.of("bialiatski", "lithuania"),
                List.of(), List.of(new MatchedRule("Belarus", List.of("Lithuania"), List.of()),
                        new MatchedRule("Nobel <laureates>", List.of(), List.of())),
                List.of(new AlsoReported("Wire & Co", "https://wire.example/b?c=1&d=2"),
                        new AlsoReported("Unlinked Daily", "")));
        DigestEntry unlinked = new DigestEntry("Second item without link", "", "World Desk (demo)", "13 Dec 2025, 09:40",
                "Plain snippet.", List.of("Бяляцкага"), List.of("Ales Bialiatski"), List.of(), List.of());
        DigestEntry potash = new DigestEntry("EU widens potash measures", "javascript:alert(1)", "World Desk (demo)",
                "12 Dec 2025, 09:00", "Belaruskali shipments are affected.", List.of("potash"), List.of(), List.of(),
                List.of());
        return new DigestView("reader@example.org", DigestKind.DAILY, "3 new stories: Bialiatski, Potash",
                "Bialiatski freed, potash news", "Today's digest", "3 new stories for 2 of your watch rules",
                "Europe/Vilnius (UTC+02:00)", "13 Dec 2025, 12:00",
                List.of(new DigestSection("Bialiatski", List.of(evil, unlinked)),
                        new DigestSection("Potash & sanctions", List.of(potash))),
                3, moreCount, "https://feedwatch.example/archive/42?s=7&t=m", "https://feedwatch.example/archive?s=7&t=m",
                "https://feedwatch.example/rules", "https://feedwatch.example/unsubscribe?t=abc", false);
    }
}
