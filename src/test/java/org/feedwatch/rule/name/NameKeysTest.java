package org.feedwatch.rule.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    private static Set<String> keys(String word) {
        return NameKeys.indexTerms(word).stream()
                .map(term -> term.substring(0, term.indexOf(':')))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String tag(String word) {
        List<String> terms = NameKeys.indexTerms(word);
        return terms.get(0).substring(terms.get(0).indexOf(':') + 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Bialiatski Byalyatski Belyatsky Bialacki Białacki Беляцкий Бяляцкі Бяляцкага Беляцкого Беляцкому Беляцким Białackiego",
        "Kalesnikava Kolesnikova Kalesnikawa Калеснікава Колесниковой Калеснікавай Kalesnikawej Kolesnikov Калеснікаў Kalesnikau",
        "Tsikhanouskaya Tikhanovskaya Ціханоўская Тихановской Tsikhanouski Тихановский Ціханоўскага Tikhanovsky",
        "Ales Aleś Алесь Алеся Алесю Алесем Alesia",
        "Maria Maryja Марыя Мария Maryia Марии Марыі Marii Марией Maryję",
        "Siarhei Sergei Sergey Siergiej Сяргей Сергей Сергея",
        "Yauhen Evgeny Yevgeny Евгений Яўген Jauhien Eugene",
        "Yury Yuri Iurii Jury Юрий Юрый",
        "Lukashenka Lukashenko Лукашэнка Лукашенко Łukaszenka Lukaschenko Лукашэнкам",
        "Statkiewicz Статкевіч Statkievič Статкевича Статкевичем",
        "Losik Лосик Łosik Łosikowi Лосікам Łosika Лосика",
    })
    void spellingsScriptsAndCaseFormsShareAKey(String words) {
        Set<String> first = keys(words.split(" ")[0]);
        for (String word : words.split(" ")) {
            assertEquals(first, keys(word), word);
        }
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
        "Kalesnikava, Kalesnik", "Maria, Maryna", "Ales, Also", "Yury, Year", "Jan, Anna", "Viktar, Eduard",
        "Bialiatski, Bilecki", "Lukashenka, Lakashenka", "Statkevich, Stankevich", "Hrynevich, Hrynkevich",
    })
    void differentNamesHaveDifferentKeys(String one, String other) {
        assertNotEquals(keys(one), keys(other));
    }

    @Test
    void englishChIsBothPolishChAndCz() {
        assertEquals(2, keys("Statkevich").size());
        assertTrue(keys("Statkevich").containsAll(keys("Statkiewicz")));
        assertTrue(keys("Cichanouska").containsAll(keys("Tsikhanouskaya")));
        assertEquals(1, keys("Статкевіч").size(), "Cyrillic is never ambiguous");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Bialiatski, m", "Беляцкого, m", "Białackiego, m", "Ціханоўскага, m", "Тихановским, m", "Tikhanovsky, m",
        "Tsikhanouskaya, f", "Тихановской, f", "Cichanouska, f", "Cichanouskiej, f", "Ціханоўскую, f",
        "Kolesnikov, m", "Калеснікаў, m", "Kalesnikau, m", "Колесниковым, m", "Putin, m",
        "Kalesnikava, b", "Колесникову, b", "Kolesnikowa, b",
        "Колесниковой, f", "Калеснікавай, f", "Kalesnikawej, f", "Путиной, f",
        "Статкевич, b", "Статкевича, m", "Statkiewiczem, m",
        "Babaryka, b", "Losik, b", "Лукашенко, b", "Ales, b",
    })
    void genderIsWhatTheEndingAdmits(String word, String expected) {
        assertEquals(expected, tag(word));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Bialiatski, MASCULINE", "Tsikhanouskaya, FEMININE", "Cichanouska, FEMININE", "Kalesnikava, FEMININE",
        "Kolesnikov, MASCULINE", "Kalesnikau, MASCULINE", "Statkevich, EITHER", "Babaryka, EITHER",
        "Trubetskoy, EITHER",
    })
    void nominativeSurnamesShowTheirGenderWhenTheyCan(String surname, Gender expected) {
        assertEquals(expected, NameKeys.nominativeGender(surname));
    }

    @Test
    void firstNameTableJoinsNamesTheKeysKeepApart() {
        assertNotEquals(keys("Volha"), keys("Olga"));
        assertTrue(FirstNames.equivalentKeys("Volha").containsAll(keys("Olga")));
        assertTrue(FirstNames.equivalentKeys("Вольга").containsAll(keys("Ольга")));
        assertTrue(FirstNames.equivalentKeys("Hanna").containsAll(keys("Anna")));
        assertTrue(FirstNames.equivalentKeys("Uladzimir").containsAll(keys("Vladimir")));
        assertTrue(FirstNames.equivalentKeys("Павел").containsAll(keys("Pawła")), "a lost vowel is listed");
        assertEquals(keys("Ales"), FirstNames.equivalentKeys("Ales"), "a name the table does not list");
    }

    @Test
    void firstNameTableKnowsTheGenderOfTheSpellingsItLists() {
        assertEquals(Gender.FEMININE, FirstNames.gender("Maryja"));
        assertEquals(Gender.MASCULINE, FirstNames.gender("Wiktor"));
        assertEquals(Gender.EITHER, FirstNames.gender("Aleksandra"), "shares its key with Aleksandr, not its spelling");
        assertEquals(Gender.EITHER, FirstNames.gender("Ales"));
    }

    @Test
    void wordsWithoutLettersHaveNoKey() {
        assertEquals(List.of(), NameKeys.indexTerms("2020"));
        assertEquals(List.of(), NameKeys.indexTerms("’"));
    }

    @Test
    void otherAccentsFold() {
        assertEquals(keys("Rene"), keys("René"));
        assertEquals(keys("Bjorn"), keys("Bjørn"));
        assertEquals(keys("Ales"), keys("Ale\u0301s"), "combining accent");
        assertEquals(Arrays.asList("balatk:m"), NameKeys.indexTerms("Bialiatski"));
    }
}
