package org.feedwatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.feedwatch.rule.KeywordQueryParser;
import org.feedwatch.rule.RuleSyntaxException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the keyword language matches, end to end: rule text → parser → RuleIndex → item. */
class RuleMatchingTest {

    private static RuleIndex filtered;
    private static RuleIndex bruteForce;

    @BeforeAll
    static void open() {
        filtered = new RuleIndex();
        bruteForce = RuleIndex.bruteForce();
    }

    @AfterAll
    static void close() throws IOException {
        filtered.close();
        bruteForce.close();
    }

    private static Arguments yes(String rule, String title, String summary) {
        return Arguments.of(rule, title, summary, true);
    }

    private static Arguments no(String rule, String title, String summary) {
        return Arguments.of(rule, title, summary, false);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // accents and case
                yes("Bialacki", "Aleś Białacki freed", ""),
                yes("Białacki", "Ales Bialacki freed", ""),
                yes("Aleś", "Ales Bialiatski speaks", ""),
                yes("Ales", "", "Aleś Białacki speaks"),
                yes("\"Aleś Białacki\"", "ALES BIALACKI RELEASED", ""),
                yes("Bjørn", "Bjorn Borg", ""),
                yes("LUKASHENKO", "Lukashenko says", ""),
                yes("lukashenko", "LUKASHENKO SAYS", ""),
                no("Bialacki", "Bialiatski freed", ""),
                // inflections conflate, derivations do not
                yes("sanction", "EU sanctions Belarus", ""),
                yes("sanctions", "Belarus sanctioned again", ""),
                yes("sanctioned", "", "Sanctioning the regime"),
                yes("release", "Activist released", ""),
                yes("released", "Court to release activist", ""),
                yes("detain", "Journalists detained in Minsk", ""),
                yes("Lukashenko", "Lukashenko's regime", ""),
                no("prison", "Prisoner freed", ""),
                no("prisoner", "Sent to prison", ""),
                no("Belarus", "Belarusian opposition", ""),
                no("Belarusian", "Belarus opposition", ""),
                no("nation", "National team wins", ""),
                no("national", "A nation mourns", ""),
                // phrases: consecutive, exact words, never across title and summary
                yes("\"peace prize\"", "Nobel Peace Prize awarded", ""),
                no("\"prize peace\"", "Nobel Peace Prize awarded", ""),
                no("\"peace prize\"", "Peace Prizes awarded", ""),
                no("\"peace prize\"", "Peace and a prize", ""),
                yes("\"minsk court\"", "", "Minsk court rules"),
                no("\"minsk court\"", "Protest in Minsk", "Court rules"),
                yes("\"nobel winning\"", "Nobel-winning writer", ""),
                yes("nobel", "Nobel-winning writer", ""),
                yes("Nobel-winning", "A Nobel winning writer", ""),
                // AROUND(n): at most n words between, either order, one field
                yes("Lukashenko AROUND(2) Putin", "Lukashenko met with Putin", ""),
                yes("Lukashenko AROUND(2) Putin", "Putin met with Lukashenko", ""),
                no("Lukashenko AROUND(2) Putin", "Lukashenko met today with Putin", ""),
                no("Lukashenko AROUND(2) Putin", "Putin met today with Lukashenko", ""),
                yes("Lukashenko AROUND(0) Putin", "Putin, Lukashenko", ""),
                no("Lukashenko AROUND(0) Putin", "Putin and Lukashenko", ""),
                no("Lukashenko AROUND(5) Putin", "Lukashenko speaks", "Putin listens"),
                yes("\"peace prize\" AROUND(2) Bialacki", "Bialacki wins the Peace Prize", ""),
                yes("(detained OR jailed) AROUND(3) (journalist OR \"rights defender\")",
                        "Rights defender jailed in Minsk", ""),
                yes("(detained OR jailed) AROUND(3) (journalist OR \"rights defender\")",
                        "", "A journalist was detained"),
                no("(detained OR jailed) AROUND(3) (journalist OR \"rights defender\")",
                        "Journalist writes that the suspect was detained", ""),
                yes("(detain* OR jail*) AROUND(0) journalist*", "Jailed journalists", ""),
                no("(detain* OR jail*) AROUND(0) journalist*", "Jailed Belarusian journalists", ""),
                yes("\"peace prize\" AROUND(2) Bialacki", "", "The Peace Prize was for Białacki"),
                no("\"peace prize\" AROUND(2) Bialacki", "The Peace Prize went to Ales Bialacki", ""),
                yes("sanction AROUND(1) Belarus", "Belarus sanctioned", ""),
                yes("Lukash* AROUND(1) Putin", "Putin and Lukashenka", ""),
                yes("minsk AROUND(1) minsk", "Minsk to Minsk", ""),
                no("minsk AROUND(1) minsk", "Minsk only", ""),
                yes("title:Minsk AROUND(1) court", "Minsk court", ""),
                no("title:Minsk AROUND(1) court", "", "Minsk court"),
                // prefix, on the unstemmed text
                yes("Lukash*", "Lukashenka says", ""),
                no("Lukash*", "Lukas says", ""),
                yes("Biał*", "Bialystok news", ""),
                yes("releas*", "", "He was released"),
                // title: and summary:
                yes("title:Minsk", "Minsk", ""),
                no("title:Minsk", "", "Minsk"),
                yes("summary:Minsk", "", "Minsk"),
                no("summary:Minsk", "Minsk", ""),
                yes("summary:\"Minsk court\"", "", "The Minsk court ruled"),
                no("summary:\"Minsk court\"", "The Minsk court ruled", ""),
                yes("title:Mins*", "Minsker", ""),
                // NOT and -
                no("Minsk -football", "Minsk football", ""),
                yes("Minsk -football", "Minsk", "protest"),
                no("Minsk NOT football", "Minsk", "football"),
                yes("Minsk -\"football club\"", "Minsk football", ""),
                no("Minsk -\"football club\"", "Minsk football club", ""),
                yes("Minsk -title:football", "Minsk", "football"),
                no("Minsk -title:football", "Minsk football", ""),
                // OR, AND, parentheses
                yes("Minsk OR Vilnius", "Vilnius", ""),
                no("Minsk OR Vilnius", "Riga", ""),
                yes("(Minsk OR Vilnius) protest", "Vilnius protest", ""),
                no("(Minsk OR Vilnius) protest", "Vilnius", ""),
                yes("Minsk OR Vilnius protest", "Minsk", ""),
                no("Minsk OR Vilnius protest", "Vilnius", ""),
                yes("Minsk AND protest", "Protest", "in Minsk"),
                no("Minsk AND protest", "Minsk", ""),
                // Cyrillic: case-insensitive, not stemmed
                yes("ЛУКАШЕНКО", "Лукашенко заявил", ""),
                yes("лукашенко", "", "ЛУКАШЕНКО ЗАЯВИЛ"),
                yes("\"лукашенко заявил\"", "ЛУКАШЕНКО ЗАЯВИЛ", ""),
                no("Лукашенко", "Лукашенки", ""),
                // lower-case operators are words
                no("cats or dogs", "cats and dogs", ""),
                yes("cats or dogs", "Cats or dogs?", ""),
                yes("not guilty", "Not guilty", ""),
                no("not guilty", "Guilty", ""));
    }

    @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
    @MethodSource("table")
    void matches(String rule, String title, String summary, boolean expected) throws RuleSyntaxException {
        for (RuleIndex index : List.of(filtered, bruteForce)) {
            index.put(1, KeywordQueryParser.parse(rule));
            List<List<RuleHit>> hits = index.match(List.of(new MatchableItem(title, summary)));
            assertEquals(expected, !hits.get(0).isEmpty(), index == filtered ? "presearcher" : "brute force");
        }
    }
}
