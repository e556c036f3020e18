package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void truncatesWithoutSplittingASurrogatePair() {
        String text = "ab\uD83D\uDE00cd";                     // "ab😀cd"
        assertEquals("ab…", HtmlText.truncate(text, 4));
        assertEquals("ab\uD83D\uDE00…", HtmlText.truncate(text, 5));
        assertEquals(text, HtmlText.truncate(text, 6));
    }

    @Test
    void takesFirstWordsAtASpace() {
        assertEquals("one two three…", HtmlText.firstWords("one two three four", 16));
        assertEquals("short", HtmlText.firstWords("short", 16));
    }

    @Test
    void plainTextDecodesEntitiesAndCollapsesWhitespace() {
        assertEquals("Fish & chips — today", HtmlText.plain("<p>Fish &amp; chips&nbsp;&mdash;\n\t<b>today</b></p>"));
    }

    @Test
    void cleanGivesSafeHtmlAndItsTextFromOneParse() {
        HtmlText.Cleaned cleaned = HtmlText.clean("<p onclick=\"x()\">Hi <a href=\"/a\">there</a><script>alert(1)</script>"
                + "<img src=\"data:image/png;base64,AAAA\"></p>", URI.create("https://news.example.org/feed"));
        assertEquals("<p>Hi <a href=\"https://news.example.org/a\" rel=\"nofollow noopener\">there</a></p>",
                cleaned.html());
        assertEquals("Hi there", cleaned.text());
        assertEquals(new HtmlText.Cleaned("", ""), HtmlText.clean("  ", URI.create("https://news.example.org/")));
    }

    @Test
    void plainTextBecomesLiteralHtmlWithItsLineBreaks() {
        assertEquals("1 &lt; 2 &amp; 3<br>next line", HtmlText.textAsHtml(" 1 < 2 & 3\r\nnext line\n"));
    }
}
