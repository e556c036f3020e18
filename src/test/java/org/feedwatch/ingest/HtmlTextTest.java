package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
