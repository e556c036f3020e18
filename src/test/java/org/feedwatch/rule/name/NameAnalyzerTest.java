package org.feedwatch.rule.name;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class NameAnalyzerTest {

    private record Token(String term, int position, String text) {
    }

    private static List<Token> analyse(String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (NameAnalyzer analyzer = new NameAnalyzer(); TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position,
                        text.substring(offset.startOffset(), offset.endOffset())));
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void keysCapitalisedWordsAndKeepsTheirPositionsAndOffsets() throws IOException {
        assertEquals(List.of(
                new Token("Zank:b", 0, "Жонка"),
                new Token("alas:b", 1, "Алеся"),
                new Token("balatk:m", 2, "Бяляцкага")),
                analyse("Жонка Алеся Бяляцкага"));
    }

    @Test
    void lowerCaseWordsLeaveAGapButNoTerm() throws IOException {
        assertEquals(List.of(
                new Token("alas:b", 0, "Ales"),
                new Token("balatk:m", 4, "Bialiatski's")),
                analyse("Ales and also the Bialiatski's"));
    }

    @Test
    void anAmbiguousSpellingHasBothReadingsAtOnePosition() throws IOException {
        assertEquals(List.of(
                new Token("statkaviC:b", 0, "Statkevich"),
                new Token("statkavig:b", 0, "Statkevich"),
                new Token("frid:b", 2, "Friday")),
                analyse("Statkevich on Friday"));
    }

    @Test
    void wordsAreTheWordsOfTheOtherItemFields() {
        assertEquals(List.of("Rimsky", "Korsakov", "O'Brien", "Bialiatski"),
                NameAnalyzer.words("Rimsky-Korsakov, O'Brien; Bialiatski's"));
    }
}
