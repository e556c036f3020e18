package org.feedwatch.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.feedwatch.story.LabelledItems.Labelled;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    private static final Instant T0 = Instant.parse("2025-12-13T12:00:00Z");
    private final StoryGrouper grouper = new StoryGrouper(StoryGrouper.DEFAULT_THRESHOLD);
    private final List<StoryItem> labelled = LabelledItems.load().stream().map(Labelled::item).toList();

    private static StoryItem item(long id, String title, String text, String link, Instant at) {
        return new StoryItem(id, title, text, link, "source " + id, at);
    }

    private StoryItem labelled(long id) {
        return labelled.stream().filter(i -> i.itemId() == id).findFirst().orElseThrow();
    }

    private static StoryItem publishedAt(StoryItem i, Instant at) {
        return new StoryItem(i.itemId(), i.title(), i.text(), i.link(), i.source(), at);
    }

    /** The stories as sets of item ids, and each story's lead: what must not depend on the input order. */
    private static Set<String> shape(List<Story> stories) {
        return stories.stream()
                .map(s -> s.lead().itemId() + ":" + s.all().stream().map(i -> Long.toString(i.itemId())).sorted()
                        .collect(Collectors.joining(",")))
                .collect(Collectors.toSet());
    }

    @Test
    void noItemsNoStories() {
        assertEquals(List.of(), grouper.group(List.of()));
    }

    @Test
    void oneItemIsOneStory() {
        StoryItem only = labelled(101);
        assertEquals(List.of(new Story(only, List.of())), grouper.group(List.of(only)));
    }

    @Test
    void everyItemEndsUpInExactlyOneStory() {
        List<Story> stories = grouper.group(labelled);
        List<Long> ids = stories.stream().flatMap(s -> s.all().stream()).map(StoryItem::itemId).sorted().toList();
        assertEquals(labelled.stream().map(StoryItem::itemId).sorted().toList(), ids);
    }

    @Test
    void theLeadIsTheEarliestAndOthersFollowInPublicationOrder() {
        // input: the rewrite, the verbatim copy, the wire original
        Story story = grouper.group(List.of(labelled(104), labelled(102), labelled(101))).get(0);
        assertEquals(101, story.lead().itemId());
        assertEquals(List.of(102L, 104L), story.others().stream().map(StoryItem::itemId).toList());
        assertEquals(List.of(101L, 102L, 104L), story.all().stream().map(StoryItem::itemId).toList());
    }

    @Test
    void storiesComeInTheOrderOfTheirLeadsInputPosition() {
        List<Story> stories = grouper.group(List.of(labelled(181), labelled(102), labelled(161), labelled(101)));
        assertEquals(List.of(181L, 161L, 101L), stories.stream().map(s -> s.lead().itemId()).toList());
    }

    @Test
    void theSameLinkIsTheSameStoryWhateverTheText() {
        StoryItem a = item(1, "Minsk court sentences activist", "A court in Minsk sentenced an activist.",
                "https://Example.com/news/court/?utm_source=rss", T0);
        StoryItem b = item(2, "Weather: snow in Hrodna", "Heavy snow fell in Hrodna overnight.",
                "https://example.com/news/court#comments", T0.plusSeconds(60));
        StoryItem c = item(3, "Weather: snow in Hrodna", "Heavy snow fell in Hrodna overnight.",
                "https://example.com/news/weather", T0.plusSeconds(90));
        List<Story> stories = grouper.group(List.of(a, b));
        assertEquals(1, stories.size());
        assertEquals(2, grouper.group(List.of(a, c)).size());
    }

    @Test
    void aHeadlineOnlyItemJoinsItsStoryAndTwoEqualHeadlinesMeet() {
        StoryItem headline = labelled(106);
        assertTrue(headline.isTitleOnly());
        assertEquals(1, grouper.group(List.of(labelled(101), headline, labelled(104))).size());
        StoryItem sameHeadline = item(2, headline.title(), "", "https://other.example/x", T0);
        assertEquals(1, grouper.group(List.of(headline, sameHeadline)).size());
        // and it does not join another story of the subject
        assertEquals(2, grouper.group(List.of(headline, labelled(131))).size());
    }

    @Test
    void shortAndEmptyTextsStandAlone() {
        List<StoryItem> items = List.of(
                item(1, "Minsk", "", "", T0),
                item(2, "Lukashenko", "Lukashenko.", "", T0),
                item(3, "Update", "Two words", "", T0),
                item(4, "!!!", "...", "", T0),
                item(5, "Lukashenko speaks", "Lukashenko", "", T0));
        List<Story> stories = grouper.group(items);
        assertEquals(5, stories.size());
        stories.forEach(s -> assertEquals(List.of(), s.others()));
    }

    @Test
    void copiesPublishedFarApartAreSeparateStories() {
        StoryItem original = labelled(101);
        StoryItem late = publishedAt(labelled(102), original.publishedAt().plus(Duration.ofDays(4)));
        assertEquals(2, grouper.group(List.of(original, late)).size());
        StoryGrouper patient = new StoryGrouper(StoryGrouper.DEFAULT_THRESHOLD, Duration.ofDays(7), 100);
        assertEquals(1, patient.group(List.of(original, late)).size());
    }

    @Test
    void cyrillicCopiesMeetAndCyrillicStoriesOnOneSubjectStayApart() {
        List<Story> stories = grouper.group(List.of(labelled(107), labelled(108), labelled(171), labelled(172),
                labelled(173)));
        assertEquals(Set.of("107:107,108", "171:171", "172:172", "173:173"), shape(stories));
    }

    @Test
    void theResultDoesNotDependOnTheInputOrder() {
        Set<String> expected = shape(grouper.group(labelled));
        for (long seed = 1; seed <= 20; seed++) {
            List<StoryItem> shuffled = new ArrayList<>(labelled);
            Collections.shuffle(shuffled, new Random(seed));
            StoryGrouper fresh = new StoryGrouper(StoryGrouper.DEFAULT_THRESHOLD);
            assertEquals(expected, shape(fresh.group(shuffled)), "seed " + seed);
        }
    }

    @Test
    void fiveHundredItemsCostOneSignatureEachAndFewComparisons() {
        SyntheticItems synthetic = new SyntheticItems(7);
        List<StoryItem> items = synthetic.items(400, 100); // 400 stories, the first 100 copied once
        StoryGrouper g = new StoryGrouper(StoryGrouper.DEFAULT_THRESHOLD);

        List<Story> stories = g.group(items);

        assertEquals(500, g.signaturesComputed());
        assertEquals(400, stories.size());
        assertEquals(100, stories.stream().filter(s -> s.others().size() == 1).count());
        stories.forEach(s -> assertEquals(s.lead().title().replace("Copy: ", ""),
                s.all().get(s.all().size() - 1).title().replace("Copy: ", "")));
        long candidates = CandidatePairs.of(items.stream().map(new Signer(0)::signature).toList()).length;
        long allPairs = 500L * 499 / 2;
        assertTrue(candidates >= 100 && candidates < allPairs / 50, "candidate pairs: " + candidates);

        g.group(items);
        assertEquals(500, g.signaturesComputed(), "the second digest takes every signature from the cache");
    }

    @Test
    void aChangedItemIsSignedAgainAndTheCacheIsBounded() {
        Signer signer = new Signer(2);
        StoryItem a = labelled(101);
        signer.signature(a);
        signer.signature(a);
        assertEquals(1, signer.computed());
        signer.signature(new StoryItem(101, a.title(), a.text() + " Updated.", a.link(), a.source(), a.publishedAt()));
        assertEquals(2, signer.computed());
        signer.signature(labelled(102));
        signer.signature(labelled(103));
        signer.signature(a); // evicted by 102 and 103
        assertEquals(5, signer.computed());
    }

    @Test
    void rejectsAThresholdOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new StoryGrouper(0));
        assertThrows(IllegalArgumentException.class, () -> new StoryGrouper(1.5));
    }
}
