package org.feedwatch.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FactFilterTest {

    private final Signer signer = new Signer(0);

    private FactSet facts(String text) {
        return signer.signature(new StoryItem(1, text, "", "", "", java.time.Instant.EPOCH)).facts();
    }

    @Test
    void namesMeetAcrossSpellingsScriptsAndCaseForms() {
        FactSet latin = facts("freed: Bialiatski and Kalesnikava");
        FactSet polish = facts("uwolniono: Białacki i Kalesnikawa");
        FactSet russian = facts("освобождены: Беляцкий и Колесникова");
        assertEquals(2, latin.size());
        assertEquals(2, latin.shared(polish));
        assertEquals(2, latin.shared(russian));
        assertEquals(1, facts("судьба Беляцкого").shared(russian)); // genitive
    }

    @Test
    void numbersMeetWhateverTheirSeparators() {
        assertEquals(1, facts("about 1,100 remain").shared(facts("около 1100 остаются")));
        assertEquals(0, facts("freed 123").shared(facts("freed 52")));
    }

    @Test
    void wordingIsDropped() {
        assertEquals(0, facts("prisoners were released after talks on sanctions").size());
        assertEquals(0, facts("заключенных освободили после переговоров").size());
    }

    @Test
    void aCapitalOnlyForStandingFirstIsNoName() {
        assertEquals(1, facts("The envoy met Lukashenko. In the end they agreed.").size());
        assertEquals(1, facts("В субботу Лукашенко помиловал заключенных. По данным правозащитников...").size());
    }

    @Test
    void sentenceStartsAreLowered() {
        assertEquals("the envoy met Lukashenko. in Minsk!\nby then", SentenceStarts.lowered("The envoy met Lukashenko. In Minsk!\nBy then"));
        assertEquals("vILNIUS, Dec 13", SentenceStarts.lowered("VILNIUS, Dec 13")); // the dateline is no name
    }
}
