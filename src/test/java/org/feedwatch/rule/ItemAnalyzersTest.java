package org.feedwatch.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemAnalyzersTest {

    private static List<String> stemmed(String text) {
        return ItemAnalyzers.terms(ItemFields.TITLE, text);
    }

    private static List<String> exact(String text) {
        return ItemAnalyzers.terms(ItemFields.TITLE_EXACT, text);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "sanction, sanctions", "sanction, sanctioned", "sanction, sanctioning", "sanctions, sanctioning",
        "release, released", "release, releases", "release, releasing",
        "detain, detained", "detain, detaining", "detain, detains",
        "stop, stopped", "stop, stopping", "hope, hoped", "hope, hoping",
        "carry, carries", "carry, carried", "carry, carrying",
        "control, controlled", "relate, related", "agree, agreed", "win, winning",
        "protest, protests", "protest, protested", "arrest, arresting", "city, cities",
        "Lukashenko, Lukashenko's", "Putin, Putin’s", "play, played", "evening, evenings",
    })
    void conflatesInflections(String word, String inflected) {
        assertEquals(stemmed(word), stemmed(inflected));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
        "prison, prisoner", "prison, prisoners", "Belarus, Belarusian", "nation, national",
        "nation, nationals", "Russia, Russian", "protest, protester", "dark, darkness",
        "activist, activism", "govern, government", "elect, election", "report, reporter",
        "news, new", "evening, even", "write, writer",
    })
    void keepsDerivationsApart(String word, String derived) {
        assertNotEquals(stemmed(word), stemmed(derived));
    }

    @Test
    void luceneStemmersWouldConflateDerivations() throws IOException {
        // Why InflectionStemmer exists: the stock English stemmers fold words the rules must keep apart.
        assertEquals(run("prisoner", PorterStemFilter::new), run("prison", PorterStemFilter::new));
        assertEquals(run("national", PorterStemFilter::new), run("nation", PorterStemFilter::new));
        assertEquals(run("Russian", KStemFilter::new), run("Russia", KStemFilter::new));
        assertEquals(run("protester", KStemFilter::new), run("protest", KStemFilter::new));
    }

    private static List<String> run(String text, Function<TokenStream, TokenStream> stemmer) throws IOException {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream stream = stemmer.apply(new LowerCaseFilter(tokenizer))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void foldsCaseAndAccents() {
        assertEquals(List.of("ales", "bialacki"), exact("Aleś BIAŁACKI"));
        assertEquals(List.of("bjorn", "zolc", "sroda"), exact("Bjørn Żółć Środa"));
        assertEquals(exact("Białacki"), exact("Bialacki"));
    }

    @Test
    void lowerCasesCyrillicButNeitherFoldsNorStemsIt() {
        assertEquals(List.of("лукашенко"), stemmed("ЛУКАШЕНКО"));
        assertEquals(List.of("лукашенки"), stemmed("Лукашенки"));
        assertEquals(List.of("ёлка", "беларусь"), stemmed("Ёлка Беларусь"));
    }

    @Test
    void hyphensAndPunctuationSeparateWords() {
        assertEquals(List.of("nobel", "winning"), exact("Nobel-winning"));
        assertEquals(List.of("nobel", "win"), stemmed("Nobel-winning"));
        assertEquals(List.of("minsk", "vilnius", "warsaw"), exact("Minsk/Vilnius,Warsaw!"));
        assertEquals(List.of(), exact("!!! ... --"));
    }

    @Test
    void exactFieldsAreNotStemmed() {
        assertEquals(List.of("sanctioned", "prisoners"), exact("Sanctioned prisoners"));
        assertEquals(List.of("sanction", "prisoner"), stemmed("Sanctioned prisoners"));
    }

    @Test
    void stemmedAndExactFieldsKeepTheSamePositions() {
        String text = "Lukashenko's regime released 12 prisoners, Białacki’s colleagues say";
        assertEquals(exact(text).size(), stemmed(text).size());
    }

    @Test
    void namesFieldsHoldNameKeysOfCapitalisedWordsAtTheirPositions() {
        assertEquals(List.of("alas:b", "balatk:m"), ItemAnalyzers.terms(ItemFields.SUMMARY_NAMES, "Алеся Бяляцкага"));
        assertEquals(List.of("balatk:m"), ItemAnalyzers.terms(ItemFields.TITLE_NAMES, "the trial of Bialiatski"));
        assertFalse(ItemFields.isStemmed(ItemFields.TITLE_NAMES));
    }

    @Test
    void stemmerOnlyTouchesAsciiLetterWords() {
        assertEquals("u.s", InflectionStemmer.stem("u.s"));
        assertEquals("1990s", InflectionStemmer.stem("1990s"));
        assertEquals("лукашенки", InflectionStemmer.stem("лукашенки"));
        assertEquals("", InflectionStemmer.stem(""));
        assertEquals("red", InflectionStemmer.stem("red"));
        assertEquals("king", InflectionStemmer.stem("king"));
    }

    @Test
    void documentHoldsEveryFieldWithPositionsAndOffsets() {
        Document doc = ItemFields.toDocument("A title", "A summary");
        for (String field : List.of(ItemFields.TITLE, ItemFields.TITLE_EXACT, ItemFields.SUMMARY, ItemFields.SUMMARY_EXACT,
                ItemFields.TITLE_NAMES, ItemFields.SUMMARY_NAMES)) {
            IndexableField f = doc.getField(field);
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, f.fieldType().indexOptions(), field);
            assertTrue(f.fieldType().tokenized(), field);
        }
        assertEquals("A title", doc.getField(ItemFields.TITLE_EXACT).stringValue());
        assertEquals("A summary", doc.getField(ItemFields.SUMMARY).stringValue());
        assertEquals(ItemFields.TITLE, ItemFields.textFieldOf(ItemFields.TITLE_EXACT).orElseThrow());
        assertEquals(ItemFields.SUMMARY, ItemFields.textFieldOf(ItemFields.SUMMARY).orElseThrow());
        assertEquals(ItemFields.TITLE, ItemFields.textFieldOf(ItemFields.TITLE_NAMES).orElseThrow());
        assertEquals(ItemFields.SUMMARY, ItemFields.textFieldOf(ItemFields.SUMMARY_NAMES).orElseThrow());
        assertEquals("A summary", doc.getField(ItemFields.SUMMARY_NAMES).stringValue());
        assertTrue(ItemFields.textFieldOf("author").isEmpty());
    }
}
