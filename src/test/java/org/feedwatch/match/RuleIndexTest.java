package org.feedwatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.Query;
import org.feedwatch.rule.KeywordQueryParser;
import org.feedwatch.rule.RuleQuery;
import org.feedwatch.rule.RuleSyntaxException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RuleIndexTest {

    private final RuleIndex index = new RuleIndex();

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static Query rule(String text) {
        try {
            return KeywordQueryParser.parse(text);
        } catch (RuleSyntaxException e) {
            throw new AssertionError(text + ": " + e.getMessage(), e);
        }
    }

    private static List<Long> ids(List<RuleHit> hits) {
        return hits.stream().map(RuleHit::ruleId).collect(Collectors.toList());
    }

    private List<Long> matching(String title, String summary) {
        return ids(index.match(List.of(new MatchableItem(title, summary))).get(0));
    }

    private List<String> termsOf(String rule, String title, String summary) {
        index.put(1, rule(rule));
        List<RuleHit> hits = index.match(List.of(new MatchableItem(title, summary))).get(0);
        assertEquals(1, hits.size(), rule);
        return hits.get(0).matchedTerms();
    }

    @Test
    void putReplaceAndRemoveChangeWhatMatches() {
        assertEquals(0, index.size());
        assertEquals(List.of(), matching("Minsk", ""));

        index.put(7, rule("Minsk"));
        index.put(3, rule("protest"));
        assertEquals(2, index.size());
        assertEquals(List.of(3L, 7L), matching("Protest in Minsk", ""));

        index.put(7, rule("Vilnius"));
        assertEquals(2, index.size());
        assertEquals(List.of(3L), matching("Protest in Minsk", ""));
        assertEquals(List.of(7L), matching("Vilnius", ""));

        index.remove(7);
        assertEquals(1, index.size());
        assertEquals(List.of(), matching("Vilnius", ""));
        index.remove(7);
        index.remove(12345);
        assertEquals(1, index.size());

        index.putAll(Map.of());
        index.putAll(Map.of(8L, rule("Riga"), 9L, rule("Riga OR Tallinn")));
        assertEquals(3, index.size());
        assertEquals(List.of(8L, 9L), matching("", "Riga"));
    }

    @Test
    void matchesEachItemOfABatchInOrder() {
        index.put(1, rule("Minsk"));
        index.put(2, rule("Vilnius"));
        List<MatchableItem> items = new ArrayList<>();
        for (int i = 0; i < 2 * RuleIndex.MATCH_BATCH + 7; i++) {
            items.add(new MatchableItem(i % 3 == 0 ? "Minsk " + i : "Vilnius " + i, i % 5 == 0 ? "Vilnius" : ""));
        }
        List<List<RuleHit>> hits = index.match(items);
        assertEquals(items.size(), hits.size());
        for (int i = 0; i < items.size(); i++) {
            List<Long> expected = new ArrayList<>();
            if (i % 3 == 0) {
                expected.add(1L);
            }
            if (i % 3 != 0 || i % 5 == 0) {
                expected.add(2L);
            }
            assertEquals(expected, ids(hits.get(i)), "item " + i);
        }
        assertEquals(List.of(), index.match(List.of()));
    }

    @Test
    void matchedTermsAreTheItemsOwnWords() {
        assertEquals(List.of("LUKASHENKO"), termsOf("lukashenko", "LUKASHENKO meets Putin", ""));
        assertEquals(List.of("Nobel Peace Prize"), termsOf("\"nobel peace prize\"", "The Nobel Peace Prize", ""));
        assertEquals(List.of("sanctioned", "sanctions"), termsOf("sanction", "EU sanctioned Belarus", "More sanctions"));
        assertEquals(List.of("Lukashenka"), termsOf("Lukash*", "", "Lukashenka said"));
        assertEquals(List.of("Białacki"), termsOf("Bialacki", "Aleś Białacki", ""));
        assertEquals(List.of("Nobel-winning"), termsOf("Nobel-winning", "Nobel-winning writer", ""));
        assertEquals(List.of("Лукашенко"), termsOf("ЛУКАШЕНКО", "Лукашенко заявил", ""));
        assertEquals(List.of("Putin", "Lukashenko"), termsOf("Lukashenko AROUND(2) Putin", "Putin met Lukashenko", ""));
        assertEquals(List.of("Peace Prize", "Białacki"),
                termsOf("\"peace prize\" AROUND(3) bialacki", "Minsk", "The Peace Prize went to Białacki"));
        assertEquals(List.of("Minsk"), termsOf("title:minsk", "Minsk", "Minsk again"));
    }

    @Test
    void matchedTermsAreDistinctInReadingOrderAndFewerThanEleven() {
        assertEquals(List.of("MINSK", "Minsk"), termsOf("minsk", "Protest in MINSK", "Minsk police and Minsk courts"));
        assertEquals(List.of("Vilnius", "Minsk"), termsOf("Minsk OR Vilnius", "Vilnius", "and Minsk"));
        assertEquals(List.of("Minsk"), termsOf("Minsk -football", "Minsk", "basketball"));
        String many = IntStream.range(0, 25).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        List<String> terms = termsOf("word*", many, "");
        assertEquals(RuleHit.MAX_MATCHED_TERMS, terms.size());
        assertEquals("word0", terms.get(0));
        assertEquals("word9", terms.get(9));
    }

    @Test
    void randomRulesMatchTheSameItemsAsAReferenceEvaluation() throws IOException {
        RandomRules random = new RandomRules(20_240_611L);
        Map<Long, RandomRules.Rule> rules = new HashMap<>();
        for (long id = 1; id <= 2_000; id++) {
            rules.put(id, random.rule());
        }
        List<RandomRules.Item> items = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            items.add(random.item());
        }
        Map<Long, Query> queries = new HashMap<>();
        rules.forEach((id, r) -> queries.put(id, rule(r.text())));
        Map<Long, String> known = Map.of(
                1_000_001L, "Białacki",
                1_000_002L, "\"Nobel Peace Prize\"",
                1_000_003L, "sanction AROUND(2) Belarus",
                1_000_004L, "title:Lukash* -Putin",
                1_000_005L, "(Minsk OR Vilnius) protest*");
        known.forEach((id, text) -> queries.put(id, rule(text)));
        List<MatchableItem> batch = new ArrayList<>();
        items.forEach(item -> batch.add(item.toMatchable()));
        batch.add(new MatchableItem("Ales Bialacki wins Nobel Peace Prize", "Belarus was sanctioned"));
        batch.add(new MatchableItem("Lukashenka speaks", "Protesters in Vilnius"));
        batch.add(new MatchableItem("Lukashenka and Putin", "Belarus faces new sanctions, Minsk protests"));

        try (RuleIndex bruteForce = RuleIndex.bruteForce()) {
            index.putAll(queries);
            bruteForce.putAll(queries);
            assertEquals(queries.size(), index.size());
            List<List<RuleHit>> filteredHits = index.match(batch);
            List<List<RuleHit>> allHits = bruteForce.match(batch);
            int matched = 0;
            for (int i = 0; i < items.size(); i++) {
                RandomRules.Item item = items.get(i);
                List<Long> expected = new ArrayList<>();
                for (long id = 1; id <= 2_000; id++) {
                    if (rules.get(id).matches().test(item)) {
                        expected.add(id);
                    }
                }
                matched += expected.size();
                assertSameRules(expected, ids(filteredHits.get(i)), "presearcher", item, rules);
                assertSameRules(expected, ids(allHits.get(i)), "brute force", item, rules);
            }
            assertTrue(matched > items.size(), "the random rules should match something: " + matched);
            int k = items.size();
            assertEquals(List.of(1_000_001L, 1_000_002L, 1_000_003L), ids(filteredHits.get(k)));
            assertEquals(List.of(1_000_004L, 1_000_005L), ids(filteredHits.get(k + 1)));
            assertEquals(List.of(1_000_003L, 1_000_005L), ids(filteredHits.get(k + 2)));
            assertEquals(List.of("Nobel Peace Prize"), filteredHits.get(k).get(1).matchedTerms());
            assertEquals(List.of("Lukashenka"), filteredHits.get(k + 1).get(0).matchedTerms());
            assertEquals(List.of("Belarus", "sanctions", "Minsk", "protests"), filteredHits.get(k + 2).stream()
                    .flatMap(h -> h.matchedTerms().stream()).collect(Collectors.toList()));
            assertEquals(filteredHits.subList(k, k + 3), allHits.subList(k, k + 3));
        }
    }

    private static void assertSameRules(List<Long> expected, List<Long> actual, String index,
            RandomRules.Item item, Map<Long, RandomRules.Rule> rules) {
        if (!expected.equals(actual)) {
            List<String> missing = new ArrayList<>();
            expected.stream().filter(id -> !actual.contains(id)).forEach(id -> missing.add(rules.get(id).text()));
            List<String> extra = new ArrayList<>();
            actual.stream().filter(id -> !expected.contains(id)).forEach(id -> extra.add(rules.get(id).text()));
            fail(index + ": " + item + " should match " + missing + " and should not match " + extra);
        }
    }

    @Test
    void matchingWhileRulesChangeSeesTheStableRules() throws Exception {
        index.put(1, rule("Minsk"));
        List<MatchableItem> items = List.of(new MatchableItem("Minsk", ""), new MatchableItem("x", "Minsk y"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> readers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                readers.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (List<RuleHit> hits : index.match(items)) {
                            if (!ids(hits).contains(1L)) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (long id = 100; id < 300; id++) {
                index.put(id, rule("word" + id));
                if (id % 2 == 0) {
                    index.remove(id);
                }
            }
            for (Future<Boolean> reader : readers) {
                assertTrue(reader.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(101, index.size());
    }

    @Test
    void rulesWithTheSameQueryShareItAndEachStillHitsAndGoesOnItsOwn() {
        index.put(1, rule("Minsk"));
        index.put(2, rule("Minsk"));
        index.put(3, rule("minsk"));
        index.put(4, rule("Minsk -football"));
        assertEquals(4, index.size());
        assertEquals(List.of(1L, 2L, 3L, 4L), matching("Protest in Minsk", ""));
        List<RuleHit> hits = index.match(List.of(new MatchableItem("Protest in Minsk", "Minsk police"))).get(0);
        assertEquals(hits.get(0).matchedTerms(), hits.get(2).matchedTerms());
        assertEquals(hits.get(0).snippet(), hits.get(1).snippet());

        index.remove(1);
        assertEquals(List.of(2L, 3L, 4L), matching("Protest in Minsk", ""));
        index.put(2, rule("Vilnius"));
        assertEquals(List.of(3L, 4L), matching("Protest in Minsk", ""));
        assertEquals(List.of(2L), matching("Vilnius", ""));
        index.remove(3);
        index.remove(4);
        assertEquals(List.of(), matching("Protest in Minsk", ""));
        index.put(7, rule("Minsk"));
        assertEquals(List.of(7L), matching("Protest in Minsk", ""));
        assertEquals(2, index.size());
    }

    @Test
    void aSharedQueryMeansForEachRuleWhatThatRuleSaid() {
        index.putRules(Map.of(5L, List.of(new RuleQuery("Ales Bialiatski", rule("Bialiatski"))),
                6L, List.of(new RuleQuery("Viasna's founder", rule("Bialiatski")),
                        new RuleQuery("Maria Kalesnikava", rule("Kalesnikava"))),
                7L, List.of(RuleQuery.plain(rule("Bialiatski")))));
        List<RuleHit> hits = index.match(List.of(new MatchableItem("Bialiatski and Kalesnikava", ""))).get(0);
        assertEquals(List.of(5L, 6L, 7L), ids(hits));
        assertEquals(List.of("Ales Bialiatski"), hits.get(0).meanings());
        assertEquals(List.of("Maria Kalesnikava", "Viasna's founder"),
                hits.get(1).meanings().stream().sorted().toList());
        assertEquals(List.of(), hits.get(2).meanings());
        assertEquals(List.of("Bialiatski", "Kalesnikava"), hits.get(1).matchedTerms());
        assertEquals(List.of("Bialiatski"), hits.get(0).matchedTerms());
    }

    @Test
    void aRuleOfSeveralQueriesIsOneHitThatSaysWhichOfThemMatched() {
        index.putRules(Map.of(5L, List.of(new RuleQuery("Ales Bialiatski", rule("Bialiatski")),
                new RuleQuery("Maria Kalesnikava", rule("Kalesnikava")),
                new RuleQuery("Ihar Losik", rule("Losik")))));
        index.put(6, rule("Minsk"));
        assertEquals(2, index.size());

        List<RuleHit> hits = index.match(List.of(
                new MatchableItem("Kalesnikava and Bialiatski in Minsk", ""))).get(0);
        assertEquals(List.of(5L, 6L), ids(hits));
        assertEquals(List.of("Bialiatski", "Kalesnikava"), hits.get(0).matchedTerms().stream().sorted().toList());
        assertEquals(List.of("Ales Bialiatski", "Maria Kalesnikava"), hits.get(0).meanings().stream().sorted().toList());
        assertEquals(List.of(), hits.get(1).meanings());

        index.putRules(Map.of(5L, List.of(new RuleQuery("Ihar Losik", rule("Losik")))));
        assertEquals(List.of(6L), matching("Kalesnikava and Bialiatski in Minsk", ""));
        assertEquals(List.of(5L), matching("Losik", ""));
        index.remove(5);
        assertEquals(List.of(), matching("Losik", ""));
        assertEquals(1, index.size());
    }

    @Test
    void theSnippetShowsTheSummaryAroundTheFirstMatchedWords() {
        String filler = "Words before the news that nobody needs to read in a digest entry at all. ".repeat(4);
        String summary = filler + "The court in Minsk sentenced the journalist to eight years. "
                + "More words follow here to make a long text. ".repeat(10);
        index.put(1, rule("journalist"));
        RuleHit hit = index.match(List.of(new MatchableItem("Verdict", summary))).get(0).get(0);
        assertTrue(hit.snippet().startsWith("… "), hit.snippet());
        assertTrue(hit.snippet().contains("sentenced the journalist to eight years"), hit.snippet());
        assertTrue(hit.snippet().endsWith(" …"), hit.snippet());
        assertTrue(hit.snippet().length() <= MatchEvidence.SNIPPET_LENGTH + 4, hit.snippet());

        index.put(1, rule("verdict"));
        RuleHit titleHit = index.match(List.of(new MatchableItem("Verdict", "Short body."))).get(0).get(0);
        assertEquals("Short body.", titleHit.snippet());
    }

    @Test
    void wordsInsideLongerMatchedWordsAreNotRepeated() {
        index.putRules(Map.of(1L, List.of(RuleQuery.plain(rule("Беляцкого OR \"Алеся Беляцкого\"")))));
        RuleHit hit = index.match(List.of(new MatchableItem("Освобождение Алеся Беляцкого", ""))).get(0).get(0);
        assertEquals(List.of("Алеся Беляцкого"), hit.matchedTerms());
    }

    @Test
    void aSnippetNeverStartsInsideAWord() {
        String summary = "Властиbеларусипомиловалигруппуполитзаключённыхсредних нобелевский лауреат "
                + "и правозащитник Алесь Беляцкий. По словам коллег, он находится в Литве.";
        index.put(1, rule("Беляцкий"));
        RuleHit hit = index.match(List.of(new MatchableItem("", summary))).get(0).get(0);
        assertTrue(hit.snippet().startsWith("Власти"), hit.snippet());
    }
}
