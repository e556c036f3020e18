package org.feedwatch.rule.watchlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedwatch.rule.watchlist.WatchlistCsv.Row;
import org.junit.jupiter.api.Test;

class WatchlistCsvTest {

    @Test
    void readsRowsWithTheirLineNumbers() throws Exception {
        String csv = "\uFEFFname,alias,alias\n"
                + "Ales Bialiatski,Алесь Бяляцкі\n"
                + "\n"
                + "# released in 2025\n"
                + "\"Kalesnikava, Maria\" , Марыя Калеснікава ,\n"
                + "\"Ihar\nLosik\",\"Losik, Ihar\"\n"
                + "  Mikalai Statkevich  \r\n"
                + ",,\n";
        List<Row> rows = WatchlistCsv.read(csv);
        assertEquals(List.of(
                new Row(2, "Ales Bialiatski", List.of("Алесь Бяляцкі")),
                new Row(5, "Kalesnikava, Maria", List.of("Марыя Калеснікава")),
                new Row(6, "Ihar\nLosik", List.of("Losik, Ihar")),
                new Row(8, "Mikalai Statkevich", List.of())), rows);
    }

    @Test
    void aFirstRowCalledNameIsAHeaderOnlyAtTheTop() throws Exception {
        assertEquals(List.of(new Row(1, "Ihar Losik", List.of()), new Row(2, "name", List.of())),
                WatchlistCsv.read("Ihar Losik\nname\n"));
    }

    @Test
    void anUnclosedQuoteMakesTheFileUnreadableAndSaysWhere() {
        WatchlistCsv.UnreadableCsvException e = assertThrows(WatchlistCsv.UnreadableCsvException.class,
                () -> WatchlistCsv.read("Ales Bialiatski\nIhar Losik\n\"Maria Kalesnikava,\nMikalai Statkevich\n"));
        assertTrue(e.getMessage().startsWith("not valid CSV after line"), e.getMessage());
    }

    @Test
    void anEmptyFileHasNoRows() throws Exception {
        assertEquals(List.of(), WatchlistCsv.read(""));
        assertEquals(List.of(), WatchlistCsv.read("name\n\n# nobody yet\n"));
    }
}
