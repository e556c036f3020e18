package org.feedwatch.opml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpmlServiceTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "file:///etc/passwd, file", "FTP://ftp.example.org/f.xml, ftp", "javascript:alert(1), javascript",
        "feed://example.org/rss, feed", "jar:http://x.example.org/a.jar!/f, jar",
        "https://example.org/feed, none", "HTTP://example.org/feed, none", "//example.org/feed, none",
        "not a url, none"})
    void refusedSchemesAreNamed(String url, String scheme) {
        assertEquals(Optional.ofNullable(scheme), OpmlService.refusedScheme(url));
    }
}
