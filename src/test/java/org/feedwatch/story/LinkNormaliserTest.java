package org.feedwatch.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkNormaliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTPS://Example.COM/news/a-story                                  | https://example.com/news/a-story",
        "https://example.com/news/a-story/                                 | https://example.com/news/a-story",
        "https://example.com/news/a-story#comments                         | https://example.com/news/a-story",
        "https://example.com/news/a-story?utm_source=rss&utm_medium=feed   | https://example.com/news/a-story",
        "https://example.com/news/a-story/?UTM_Campaign=x#top              | https://example.com/news/a-story",
        "https://example.com/news?id=42&utm_source=rss&page=2              | https://example.com/news?id=42&page=2",
        "https://example.com:443/news/a-story                              | https://example.com/news/a-story",
        "http://example.com:8080/news/a-story                              | http://example.com:8080/news/a-story",
        "https://example.com                                               | https://example.com",
        "https://example.com/                                              | https://example.com",
        "'  https://example.com/x  '                                       | https://example.com/x",
    })
    void normalises(String link, String expected) {
        assertEquals(expected, LinkNormaliser.normalise(link));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.com/News/A-Story  | https://example.com/news/a-story",   // paths are case-sensitive
        "https://example.com/news?id=1     | https://example.com/news?id=2",      // other parameters tell articles apart
        "https://example.com/a             | http://example.org/a",
    })
    void keepsWhatTellsArticlesApart(String a, String b) {
        assertNotEquals(LinkNormaliser.normalise(a), LinkNormaliser.normalise(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|''", "'   '|''", "not a link at all|not a link at all", "https://exa mple.com/|https://exa mple.com/"})
    void blankAndMalformedLinks(String link, String expected) {
        assertEquals(expected, LinkNormaliser.normalise(link));
    }
}
