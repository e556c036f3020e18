package org.feedwatch.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlCharsTest {

    @Test
    void keepsWhatXmlAllows() {
        String text = "Tab\tnewline\n CR\r Алесь ‏שלום‎ مرحبا 😀 \uE000 \uFFFD";
        assertSame(text, XmlChars.clean(text), "nothing to strip: the same string back");
    }

    @Test
    void dropsControlCharactersNoncharactersAndLoneSurrogates() {
        assertEquals("abcdef\uD800\uDE00😀", XmlChars.clean("a\u0000b\u0001c\u000Bd\u000C\u001Fe\uFFFE\uFFFFf\uD800\uDE00😀"),
                "a valid pair (U+10200) stays");
        assertEquals("ab", XmlChars.clean("a\uD83Db"), "a high surrogate with no low one");
        assertEquals("ab", XmlChars.clean("a\uDE00b"), "a low surrogate alone");
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", XmlChars.clean(null));
    }
}
