package org.feedwatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchEvidenceTest {

    @Test
    void aSnippetIsOneLineWithSingleSpaces() {
        assertEquals("Minsk court sentenced the journalist.",
                MatchEvidence.snippet("Minsk  court\n\tsentenced\r\n the journalist. ", Optional.of(0)));
        assertEquals("Short body.", MatchEvidence.snippet("\n Short \u2028body.\n", Optional.empty()));
        assertEquals("", MatchEvidence.snippet(" \n\t ", Optional.empty()));
        assertEquals("", MatchEvidence.snippet("", Optional.empty()));
    }

    @Test
    void aLongSummaryIsCutAtWordsAroundTheFirstHit() {
        String summary = "word ".repeat(100) + "Bialiatski " + "tail ".repeat(100);
        String snippet = MatchEvidence.snippet(summary, Optional.of(summary.indexOf("Bialiatski")));
        assertEquals(true, snippet.startsWith("… word"), snippet);
        assertEquals(true, snippet.contains("Bialiatski"), snippet);
        assertEquals(true, snippet.endsWith(" …"), snippet);
        assertEquals(true, snippet.length() <= MatchEvidence.SNIPPET_LENGTH + 4, snippet);
    }
}
