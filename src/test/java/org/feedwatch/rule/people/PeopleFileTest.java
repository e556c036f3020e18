package org.feedwatch.rule.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleFileTest {

    @Test
    void readsNamesDescriptionsAndAliasesSkippingHeaderCommentsAndBadRows() {
        PeopleFile.Snapshot read = PeopleFile.parse("""
                name,description,aliases
                # a comment
                Ales Bialiatski,"Human rights defender, Viasna"

                Maria Kalesnikava , Musician and politician , Maryia Kalesnikava, Мария Колесникова
                ,no name here
                Ales Bialiatski,listed twice
                """);
        assertEquals(List.of(new CuratedPerson("Ales Bialiatski", "Human rights defender, Viasna", List.of()),
                new CuratedPerson("Maria Kalesnikava", "Musician and politician",
                        List.of("Maryia Kalesnikava", "Мария Колесникова"))), read.people());
        assertEquals(2, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).contains("the name is empty"), read.problems().toString());
        assertTrue(read.problems().get(1).contains("listed already"), read.problems().toString());
    }

    @Test
    void aMissingOrBrokenFileOffersNobodyAndSaysWhy(@TempDir Path dir) throws Exception {
        PeopleFile.Snapshot missing = PeopleFile.read(dir.resolve("people.csv"));
        assertEquals(List.of(), missing.people());
        assertTrue(missing.problems().get(0).contains("no such file"));

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'J', (byte) 0xE9, 'r', (byte) 0xF4, 'm', 'e'});
        assertTrue(PeopleFile.read(latin1).problems().get(0).contains("not valid UTF-8"));

        Path unclosed = dir.resolve("unclosed.csv");
        Files.writeString(unclosed, "Ales Bialiatski,\"never closed\n");
        assertTrue(PeopleFile.read(unclosed).problems().get(0).contains("not valid CSV"),
                PeopleFile.read(unclosed).problems().toString());
    }

    @Test
    void theBundledFileReadsWithoutProblems() {
        PeopleFile.Snapshot bundled = PeopleFile.read(Path.of("server-config/people.csv"));
        assertEquals(List.of(), bundled.problems());
        assertTrue(bundled.people().stream().anyMatch(p -> p.name().equals("Ales Bialiatski")), bundled.toString());
    }
}
