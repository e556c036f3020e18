package org.feedwatch.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedLinksTest {

    @Test
    void findsTheOneAlternateLinkResolvedAgainstThePage() throws IOException {
        List<FeedChoice> found = links("one-link.html", "https://gazette.example.org/about/index.html");
        assertEquals(List.of(new FeedChoice("https://gazette.example.org/news/feed.xml",
                Optional.of("Gazette – all news"), Optional.of("application/rss+xml"))), found);
    }

    @Test
    void findsEachFeedOnceInDocumentOrderWithTitlesAndTypesCleanedUp() throws IOException {
        List<FeedChoice> found = links("two-links.html", "https://blog.example.org/archive/index.html");
        assertEquals(List.of(
                new FeedChoice("https://blog.example.org/posts.rss", Optional.of("Posts"),
                        Optional.of("application/rss+xml")),
                new FeedChoice("https://blog.example.org/archive/comments.atom", Optional.of("Comments feed"),
                        Optional.of("application/atom+xml"))), found);
    }

    @Test
    void resolvesAgainstTheBaseElementAndReadsJsonFeedLinks() throws IOException {
        List<FeedChoice> found = links("base-href.html", "https://www.example.org/page");
        assertEquals(List.of(new FeedChoice("https://cdn.example.org/site/feed.json", Optional.of("JSON Feed"),
                Optional.of("application/feed+json"))), found);
    }

    @Test
    void plainJsonLinksCountOnlyWhenThePageLinksNoOtherFeed() throws IOException {
        List<FeedChoice> wordpress = links("wordpress.html", "https://wp.example.org/");
        assertEquals(List.of("https://wp.example.org/feed/"), urls(wordpress));
        assertEquals(Optional.of("A WordPress site » Feed"), wordpress.get(0).title());

        List<FeedChoice> jsonOnly = links("json-only.html", "https://old.example.org/blog/");
        assertEquals(List.of("https://old.example.org/feed.json"), urls(jsonOnly));
    }

    @Test
    void ignoresOtherSchemesEmptyHrefsStylesheetsAndAnchors() throws IOException {
        assertEquals(List.of(), links("hostile-links.html", "https://example.org/"));
        assertEquals(List.of(), links("no-links.html", "https://example.org/"));
    }

    @Test
    void readsTheCharsetFromTheContentTypeOrElseFromThePage() {
        String page = "<html><head><meta charset=\"windows-1251\"><link rel=\"alternate\""
                + " type=\"application/rss+xml\" title=\"Навіны\" href=\"/rss\"></head></html>";
        byte[] cp1251 = page.getBytes(java.nio.charset.Charset.forName("windows-1251"));
        assertEquals(Optional.of("Навіны"), FeedLinks.in(cp1251, Optional.of("text/html"),
                URI.create("https://by.example.org/")).get(0).title());
        byte[] utf8 = page.replace("windows-1251", "utf-8").getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("Навіны"), FeedLinks.in(utf8, Optional.of("text/html; charset=\"UTF-8\""),
                URI.create("https://by.example.org/")).get(0).title());
    }

    @Test
    void mediaTypeDropsParametersAndCase() {
        assertEquals("application/rss+xml", FeedLinks.mediaType(" Application/RSS+XML ; charset=utf-8"));
        assertEquals(Optional.empty(), FeedLinks.charset(Optional.of("text/html; charset=no-such-charset")));
        assertEquals(Optional.empty(), FeedLinks.charset(Optional.of("text/html; charset=\"bad name!\"")));
    }

    private static List<String> urls(List<FeedChoice> choices) {
        return choices.stream().map(FeedChoice::url).toList();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedLinksTest.class.getResourceAsStream("/discovery/" + name)) {
            if (in == null) {
                throw new IOException("no test resource /discovery/" + name);
            }
            return in.readAllBytes();
        }
    }

    private static List<FeedChoice> links(String fixture, String pageUrl) throws IOException {
        return FeedLinks.in(fixture(fixture), Optional.of("text/html; charset=utf-8"), URI.create(pageUrl));
    }
}
