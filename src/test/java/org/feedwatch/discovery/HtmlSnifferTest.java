package org.feedwatch.discovery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSnifferTest {

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html></html>", "\ufeff  <html lang=\"en\">",
        "<?xml version=\"1.0\"?>\n<!-- generated -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
        "<HEAD><TITLE>old</TITLE></HEAD>"})
    void pagesAreHtmlWhateverTheContentType(String start) {
        assertTrue(HtmlSniffer.isHtml(start.getBytes(StandardCharsets.UTF_8), Optional.of("application/xml")));
        assertTrue(HtmlSniffer.isHtml(start.getBytes(StandardCharsets.UTF_8), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<rss version=\"2.0\"><channel><title>x</title></channel></rss>",
        "{\"version\": \"https://jsonfeed.org/version/1.1\"}", "", "<!-- never closed <html>"})
    void otherDocumentsAreNotHtmlUnlessServedAsHtml(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertFalse(HtmlSniffer.isHtml(bytes, Optional.of("application/octet-stream")));
        assertTrue(HtmlSniffer.isHtml(bytes, Optional.of("text/html; charset=utf-8")));
        assertTrue(HtmlSniffer.isHtml(bytes, Optional.of("application/xhtml+xml")));
    }
}
