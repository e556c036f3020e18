package org.feedwatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.Query;
import org.feedwatch.rule.ItemAnalyzers;
import org.feedwatch.rule.ItemFields;
import org.feedwatch.rule.KeywordQueryParser;
import org.feedwatch.rule.RuleSyntaxException;
import org.junit.jupiter.api.Test;

class PrefixKeysTest {

    /**
     * How many rule queries the presearcher made candidates for the item, and which rules matched. The monitor
     * runs a rule that searches title or summary as one query per field.
     */
    private record Outcome(int candidates, Set<String> matched) {
    }

    private static final Set<String> EXACT_FIELDS = Set.of(ItemFields.TITLE_EXACT, ItemFields.SUMMARY_EXACT);

    private final Presearcher presearcher = new CandidatePresearcher(2, EXACT_FIELDS);

    private Outcome match(List<String> rules, String title, String summary) throws IOException {
        try (Monitor monitor = new Monitor(ItemAnalyzers.forItems(), presearcher)) {
            for (int i = 0; i < rules.size(); i++) {
                monitor.register(new MonitorQuery(rules.get(i), parse(rules.get(i))));
            }
            MatchingQueries<QueryMatch> result = monitor.match(ItemFields.toDocument(title, summary),
                    QueryMatch.SIMPLE_MATCHER);
            Set<String> matched = new TreeSet<>();
            result.getMatches().forEach(m -> matched.add(m.getQueryId()));
            return new Outcome(result.getQueriesRun(), matched);
        }
    }

    private static Query parse(String rule) {
        try {
            return KeywordQueryParser.parse(rule);
        } catch (RuleSyntaxException e) {
            throw new AssertionError(rule, e);
        }
    }

    @Test
    void aPrefixRuleIsACandidateOnlyForItemsWithAWordOfTheSameFirstLetters() throws IOException {
        List<String> rules = List.of("sanctio*", "Bialiats*", "Лукашенк*", "potash AROUND(3) Belaruskal*",
                "title:Tsikhan* court");
        Outcome unrelated = match(rules, "Football results", "The league table after the weekend");
        assertEquals(0, unrelated.candidates());

        Outcome sanctions = match(rules, "New sanctions", "The EU sanctioned potash firm Belaruskali");
        assertEquals(Set.of("sanctio*", "potash AROUND(3) Belaruskal*"), sanctions.matched());
        assertEquals(2 + 1, sanctions.candidates());

        assertEquals(Set.of("Лукашенк*"), match(rules, "Лукашенко заявил", "").matched());
        assertEquals(Set.of("Bialiats*"), match(rules, "", "Ales Bialiatski's trial").matched());
        assertEquals(Set.of("title:Tsikhan* court"), match(rules, "Tsikhanouski in court", "").matched());
    }

    @Test
    void theKeyOfACyrillicWordIsItsFirstFourLettersNotBytes() throws IOException {
        assertEquals(new Outcome(0, Set.of()), match(List.of("Бяляц*"), "Бялыніцкі", ""));
        assertEquals(new Outcome(1, Set.of("Бяляц*")), match(List.of("Бяляц*"), "", "Алесь Бяляцкі"));
    }

    @Test
    void aWordThatSharesOnlyTheKeyIsACandidateButDoesNotMatch() throws IOException {
        Outcome outcome = match(List.of("sanctio*"), "Sanctuary city", "");
        assertEquals(1, outcome.candidates(), "the title's query, not the summary's");
        assertEquals(Set.of(), outcome.matched());
    }

    @Test
    void prefixesShorterThanAKeyAreCandidatesForEveryItemAndStillMatch() throws IOException {
        assertEquals(new Outcome(2, Set.of()), match(List.of("Mi*"), "Football", "results"));
        assertEquals(new Outcome(2, Set.of("Mi*")), match(List.of("Mi*"), "Minsk", ""));
        assertEquals(new Outcome(2, Set.of("pot*")), match(List.of("pot*"), "", "Potash"));
    }
}
