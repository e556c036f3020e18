package org.feedwatch.rule.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

    @Test
    void readsGivenNameMiddleNamesAndSurname() throws InvalidNameException {
        PersonName name = PersonName.parse("  Maria   Alaksandrauna Kalesnikava ");
        assertEquals("Maria Alaksandrauna Kalesnikava", name.text());
        assertEquals(Gender.FEMININE, name.gender());
        assertEquals(List.of(List.of("mar:f", "mar:m", "mar:b")), name.givenNameTerms());
        assertEquals(List.of(List.of("kalasnikav:f", "kalasnikav:b")), name.surnameTerms());
    }

    @Test
    void readsSurnameFirstWithAComma() throws InvalidNameException {
        PersonName name = PersonName.parse("Bialiatski, Ales Viktaravich");
        assertEquals(PersonName.parse("Ales Bialiatski").givenNameTerms(), name.givenNameTerms());
        assertEquals(List.of(List.of("balatk:m", "balatk:b")), name.surnameTerms());
    }

    @Test
    void aHyphenatedSurnameIsTwoWords() throws InvalidNameException {
        assertEquals(2, PersonName.parse("Nikolai Rimsky-Korsakov").surnameTerms().size());
    }

    @Test
    void genderComesFromTheSurnameOrElseFromTheFirstNameTable() throws InvalidNameException {
        assertEquals(Gender.MASCULINE, PersonName.parse("Ales Bialiatski").gender());
        assertEquals(Gender.MASCULINE, PersonName.parse("Viktar Babaryka").gender());
        assertEquals(Gender.FEMININE, PersonName.parse("Maryna Statkevich").gender());
        assertEquals(Gender.EITHER, PersonName.parse("Ales Babaryka").gender());
        assertEquals(Gender.FEMININE, PersonName.parse("Aliaksandr Tsikhanouskaya").gender(), "the surname wins");
    }

    @Test
    void givenNameTermsIncludeTableEquivalents() throws InvalidNameException {
        List<String> volha = PersonName.parse("Volha Zhukava").givenNameTerms().get(0);
        assertTrue(volha.containsAll(PersonName.parse("Olga Zhukova").givenNameTerms().get(0)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "''                         | a name is required",
        "'   '                      | a name is required",
        "Bialiatski                 | needs a given name and a surname",
        "A. Bialiatski              | is an initial",
        "Ales B                     | needs at least 2 letters",
        "Ales Bialiatski 2          | '2' cannot be part of a name",
        "Ales <b>Bialiatski</b>     | '<' cannot be part of a name",
        "Bialiatski, Ales, Viktar   | at most one comma",
        "Bialiatski,                | needs a surname before the comma and a given name after it",
        ", Ales                     | needs a surname before the comma and a given name after it",
        "A Viktaravich Bialiatski   | is an initial",
        "Ann Be Cy Di Ed Fa Gu Ha Ix | at most 8 words",
    })
    void refusesWhatIsNotAName(String text, String message) {
        InvalidNameException e = assertThrows(InvalidNameException.class, () -> PersonName.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void refusesNullAndOverlongNames() {
        assertThrows(InvalidNameException.class, () -> PersonName.parse(null));
        InvalidNameException e = assertThrows(InvalidNameException.class,
                () -> PersonName.parse("Ales " + "B".repeat(PersonName.MAX_LENGTH)));
        assertTrue(e.getMessage().contains("at most 200 characters"), e.getMessage());
    }
}
