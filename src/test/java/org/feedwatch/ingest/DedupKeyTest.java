package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DedupKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTPS://News.Example.COM:443/a/B?id=7#top | https://news.example.com/a/B?id=7",
        "http://example.com:80 | http://example.com/",
        "http://example.com:8080/x | http://example.com:8080/x",
        "https://example.com:80/x | https://example.com:80/x",
        "https://example.com/p?utm_source=rss&id=7&fbclid=abc&gclid=1&UTM_Medium=feed&b=2"
            + " | https://example.com/p?id=7&b=2",
        "https://example.com/p?b=2&a=1 | https://example.com/p?b=2&a=1",
        "https://example.com/p?utm_campaign=x | https://example.com/p",
        "https://example.com/p?q=a%20b&utm_term=x | https://example.com/p?q=a%20b",
        "https://example.com/p?utm=1&xutm_source=2 | https://example.com/p?utm=1&xutm_source=2",
        "https://example.com/p?id=3&msclkid=a&mc_cid=b&mc_eid=c&_hsenc=d&igshid=e | https://example.com/p?id=3",
        "https://example.com/p?yclid=1&dclid=2&gbraid=3&wbraid=4&ref=rss | https://example.com/p?ref=rss",
    })
    void normalisesLinks(String link, String expected) {
        assertEquals(expected, DedupKey.normaliseLink(URI.create(link)));
    }

    @Test
    void usesTheGuidWhenThereIsOne() {
        String key = DedupKey.of(item(Optional.of("gazette-42"), Optional.of("https://a.example/1"), "t", "s"));
        assertTrue(key.matches("g:[0-9a-f]{64}"), key);
        assertEquals(key, DedupKey.of(item(Optional.of("gazette-42"), Optional.of("https://b.example/2"), "u", "v")));
        assertNotEquals(key, DedupKey.of(item(Optional.of("gazette-43"), Optional.of("https://a.example/1"), "t",
                "s")));
    }

    @Test
    void usesTheNormalisedLinkWithoutGuid() {
        String key = DedupKey.of(item(Optional.empty(), Optional.of("https://news.example.com/a?id=1"), "t", "s"));
        assertTrue(key.matches("l:[0-9a-f]{64}"), key);
        assertEquals(key, DedupKey.of(item(Optional.empty(),
                Optional.of("HTTPS://NEWS.example.com:443/a?utm_source=x&id=1#comments"), "other", "text")));
        assertNotEquals(key, DedupKey.of(item(Optional.empty(), Optional.of("https://news.example.com/a?id=2"),
                "t", "s")));
    }

    @Test
    void hashesTitleAndTextWithoutGuidOrLink() {
        String key = DedupKey.of(item(Optional.empty(), Optional.empty(), "Title", "Text"));
        assertTrue(key.matches("h:[0-9a-f]{64}"), key);
        assertEquals(key, DedupKey.of(item(Optional.empty(), Optional.empty(), "Title", "Text")));
        assertNotEquals(key, DedupKey.of(item(Optional.empty(), Optional.empty(), "Title", "Other text")));
        // the separator keeps "ab"+"c" apart from "a"+"bc"
        assertNotEquals(DedupKey.of(item(Optional.empty(), Optional.empty(), "ab", "c")),
                DedupKey.of(item(Optional.empty(), Optional.empty(), "a", "bc")));
    }

    @Test
    void isNeverLongerThan70Characters() {
        String huge = "x".repeat(100_000);
        assertTrue(DedupKey.of(item(Optional.of(huge), Optional.empty(), "", "")).length() <= DedupKey.MAX_LENGTH);
        assertTrue(DedupKey.of(item(Optional.empty(), Optional.of("https://e.example/" + huge), "", "")).length()
                <= DedupKey.MAX_LENGTH);
        assertTrue(DedupKey.of(item(Optional.empty(), Optional.empty(), huge, huge)).length()
                <= DedupKey.MAX_LENGTH);
    }

    private static ParsedItem item(Optional<String> guid, Optional<String> link, String title, String text) {
        return new ParsedItem(guid, link, title, text, text, Optional.empty());
    }
}
