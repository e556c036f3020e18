package org.feedwatch.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.Item;
import org.feedwatch.feed.ItemContent;
import org.feedwatch.match.Match;
import org.feedwatch.match.RuleHit;
import org.feedwatch.subscriber.DeliveryMode;
import org.junit.jupiter.api.Test;

class MatchFeedAssemblerTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private final MatchFeedAssembler assembler = new MatchFeedAssembler("https://alerts.example.org");
    private final Feed feed = new Feed("https://nn.example.org/rss", Optional.of("Наша  Ніва"), 30, T0);

    private Item item(long id, String title, String link) throws Exception {
        Item item = new Item(feed, "k" + id, new ItemContent(Optional.empty(), Optional.ofNullable(link), title,
                "The court in Minsk heard the case today.", "", "", Optional.of(T0), List.of(), List.of(), List.of(),
                Optional.empty()), T0);
        setId(item, id);
        return item;
    }

    private static Match match(long id, Item item, long ruleId, List<String> terms, List<String> meanings,
            String snippet, Instant at) throws Exception {
        Match match = new Match(7, item, new RuleHit(ruleId, terms, meanings, snippet), at, DeliveryMode.DAILY);
        setId(match, id);
        return match;
    }

    private static void setId(Object entity, long id) throws Exception {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    @Test
    void oneEntryPerItemListingEveryRuleThatMatchedIt() throws Exception {
        Item trial = item(1, "Суд над\n Алесем Бяляцкім", "https://nn.example.org/1");
        Item snow = item(2, "Snow", "javascript:alert(1)");
        List<Match> newestFirst = List.of(
                match(12, snow, 200, List.of("snow"), List.of(), "", T0.plusSeconds(300)),
                match(11, trial, 100, List.of("Алеся Бяляцкага"), List.of("Ales Bialiatski"), "Snippet of the trial",
                        T0.plusSeconds(120)),
                match(10, trial, 101, List.of("суд"), List.of(), "", T0.plusSeconds(60)));

        MatchFeedDocument doc = assembler.assemble(7, "anna.k@example.org", "https://alerts.example.org/feeds/7/t.atom",
                newestFirst, Map.of(100L, "Political prisoners", 200L, "Weather"), T0);

        assertEquals("Feedwatch: anna.k's matches", doc.title(), "the local part only");
        assertEquals(T0.plusSeconds(300), doc.updated());
        assertEquals(2, doc.entries().size());
        FeedEntry first = doc.entries().get(0);
        assertEquals("Snow", first.title());
        assertEquals(Optional.empty(), first.link(), "only http(s) links reach a feed reader");
        assertEquals("The court in Minsk heard the case today.\n\nmatched: snow (rule Weather)", first.summary(),
                "no stored snippet: the item's own text");
        FeedEntry second = doc.entries().get(1);
        assertEquals("Суд над Алесем Бяляцкім", second.title());
        assertEquals(Optional.of("https://nn.example.org/1"), second.link());
        assertEquals("Snippet of the trial\n\nmatched: Алеся Бяляцкага → Ales Bialiatski (rule Political prisoners)"
                + "\nmatched: суд (rule #101)", second.summary(), "a deleted rule is named by its id");
        assertEquals(T0, second.published());
        assertEquals(T0.plusSeconds(120), second.updated(), "the item's newest match");
        assertEquals("Наша Ніва", second.sourceTitle());
        assertEquals("https://nn.example.org/rss", second.sourceUrl());
    }

    @Test
    void idsAreStableUrnsPerSubscriberItemAndInstallation() throws Exception {
        Item trial = item(1, "Trial", null);
        List<Match> one = List.of(match(10, trial, 100, List.of("trial"), List.of(), "", T0));
        MatchFeedDocument a = assembler.assemble(7, "a@example.org", "self", one, Map.of(), T0);
        MatchFeedDocument again = assembler.assemble(7, "a@example.org", "self", one, Map.of(), T0);
        MatchFeedDocument other = new MatchFeedAssembler("https://other.example.net")
                .assemble(7, "a@example.org", "self", one, Map.of(), T0);

        assertTrue(a.id().startsWith("urn:uuid:"), a.id());
        assertEquals(a.entries().get(0).id(), again.entries().get(0).id());
        assertEquals(a.id(), again.id());
        assertNotEquals(a.id(), a.entries().get(0).id());
        assertNotEquals(a.entries().get(0).id(), other.entries().get(0).id());
    }

    @Test
    void anEmptyFeedIsUpdatedWhenTheSubscriberWasCreated() {
        MatchFeedDocument doc = assembler.assemble(7, "a@example.org", "self", List.of(), Map.of(), T0);
        assertEquals(T0, doc.updated());
        assertEquals(List.of(), doc.entries());
    }
}
