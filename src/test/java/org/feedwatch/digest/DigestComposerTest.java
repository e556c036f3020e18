package org.feedwatch.digest;

import static org.feedwatch.digest.Fixtures.NOW;
import static org.feedwatch.digest.Fixtures.feed;
import static org.feedwatch.digest.Fixtures.item;
import static org.feedwatch.digest.Fixtures.match;
import static org.feedwatch.digest.Fixtures.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.Item;
import org.feedwatch.match.Match;
import org.feedwatch.subscriber.Subscriber;
import org.junit.jupiter.api.Test;

class DigestComposerTest {

    private static final String ARCHIVE = "6f1c3b1e-1d2a-3b4c-8d5e-0a1b2c3d4e5f";
    private static final Map<Long, String> RULES = Map.of(1L, "Ales Bialiatski", 2L, "Belarus", 3L, "Sanctions");

    private final DigestComposer composer = Fixtures.composer();
    private final Subscriber reader = subscriber(42, "Europe/Vilnius");
    private final Feed monitor = feed(1, "Minsk Rights Monitor");
    private final Feed desk = feed(2, "World Desk");
    private final Feed wire = feed(3, "Wire Service");

    private DigestView compose(List<Match> matches, DigestKind kind, int max) {
        return composer.compose(reader, matches, RULES, NOW, kind, ARCHIVE, max);
    }

    private static Instant at(String time) {
        return Instant.parse("2025-12-" + time + "Z");
    }

    @Test
    void anItemSeveralRulesMatchedIsOneEntryInTheSectionOfTheMostSpecificRule() {
        Item freed = item(10, monitor, "Bialiatski freed", "Ales Bialiatski crossed into Lithuania.",
                "https://news.example/freed", at("13T08:00:00"));
        Item potash = item(11, desk, "Potash transit halted", "Belaruskali shipments stop.",
                "https://world.example/potash", at("13T07:00:00"));
        DigestView view = compose(List.of(
                match(freed, 2, "Belarus"),
                match(freed, 1, List.of("Алеся Бяляцкага"), List.of("Ales Bialiatski"), "… Алеся Бяляцкага …"),
                match(potash, 2, "Belaruskali")), DigestKind.DAILY, 50);

        assertEquals(2, view.entryCount());
        assertEquals(List.of("Ales Bialiatski", "Belarus"), view.sections().stream().map(DigestSection::ruleName).toList());
        DigestEntry entry = view.sections().get(0).entries().get(0);
        assertEquals("Bialiatski freed", entry.title());
        assertEquals("Алеся Бяляцкага → Ales Bialiatski", entry.why());
        assertEquals(List.of(new MatchedRule("Belarus", List.of("Belarus"), List.of())), entry.otherRules());
        assertEquals(List.of("Алеся Бяляцкага", "Belarus"), entry.highlightTerms());
        assertEquals("… Алеся Бяляцкага …", entry.snippet(), "the matcher's snippet of the section's rule");
        assertEquals("Potash transit halted", view.sections().get(1).entries().get(0).title());
        assertEquals("2 new stories: Ales Bialiatski, Belarus", view.subject());
    }

    @Test
    void theSameStoryFromSeveralFeedsIsOneEntryLedByTheFirstReport() {
        String text = "The Nobel laureate Ales Bialiatski was released on Saturday and crossed into Lithuania.";
        Item original = item(20, monitor, "Bialiatski released from prison", text, "https://news.example/a",
                at("13T06:00:00"));
        Item wireCopy = item(21, wire, "Bialiatski released from prison", text, "https://wire.example/b",
                at("13T06:40:00"));
        Item rewrite = item(22, desk, "Bialiatski released from prison", text, "javascript:alert(1)",
                at("13T09:15:00"));
        DigestView view = compose(List.of(match(rewrite, 1, "Bialiatski"), match(wireCopy, 1, "Bialiatski"),
                match(original, 1, "Bialiatski")), DigestKind.DAILY, 50);

        assertEquals(1, view.entryCount());
        DigestEntry entry = view.sections().get(0).entries().get(0);
        assertEquals("Minsk Rights Monitor", entry.feedTitle());
        assertEquals("https://news.example/a", entry.link());
        assertEquals(List.of(new AlsoReported("Wire Service", "https://wire.example/b"),
                new AlsoReported("World Desk", "")), entry.alsoReportedBy(), "earliest first, unsafe link dropped");
        assertEquals("1 new story: Ales Bialiatski", view.subject());
    }

    @Test
    void newestStoryFirstAndSectionsInTheOrderOfTheirNewestStory() {
        List<Match> matches = List.of(
                match(item(30, desk, "Older sanctions story", "", "https://w.example/1", at("12T09:00:00")), 3, "potash"),
                match(item(31, monitor, "Newest Bialiatski story", "", "https://n.example/2", at("13T09:00:00")), 1, "x"),
                match(item(32, desk, "Newer sanctions story", "", "https://w.example/3", at("13T08:00:00")), 3, "potash"),
                match(item(33, monitor, "Oldest Bialiatski story", "", "https://n.example/4", at("11T09:00:00")), 1, "x"));

        DigestView view = compose(matches, DigestKind.DAILY, 50);

        assertEquals(List.of("Ales Bialiatski", "Sanctions"),
                view.sections().stream().map(DigestSection::ruleName).toList());
        assertEquals(List.of("Newest Bialiatski story", "Oldest Bialiatski story"), titles(view.sections().get(0)));
        assertEquals(List.of("Newer sanctions story", "Older sanctions story"), titles(view.sections().get(1)));
    }

    @Test
    void theCapKeepsTheNewestStoriesAndCountsTheRestWhichTheWebVersionShows() {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Item story = item(40 + i, i % 2 == 0 ? desk : monitor, "Story number " + i, "", "https://w.example/" + i,
                    at("13T0" + i + ":00:00"));
            matches.add(match(story, i % 2 == 0 ? 3 : 1, "word"));
        }

        DigestView mail = compose(matches, DigestKind.DAILY, 3);
        DigestView web = compose(matches, DigestKind.DAILY, Integer.MAX_VALUE);

        assertEquals(3, mail.entryCount());
        assertEquals(4, mail.moreCount());
        assertEquals(List.of("Story number 6", "Story number 4"), titles(mail.sections().get(0)));
        assertEquals(List.of("Story number 5"), titles(mail.sections().get(1)));
        assertEquals(Fixtures.BASE + "/archive/" + ARCHIVE + "?s=42&t="
                + Fixtures.links(composer).token("manage", 42), mail.readOnlineUrl());
        assertEquals("7 new stories: Sanctions, Ales Bialiatski", mail.subject(), "the subject counts them all");
        assertEquals(7, web.entryCount());
        assertEquals(0, web.moreCount());
    }

    @Test
    void timesAreInTheSubscribersZoneAcrossDaylightSavingChanges() {
        // 26 Oct 2025: Vilnius goes from UTC+3 back to UTC+2 at 01:00 UTC, so 03:30 local happens twice.
        Item before = item(50, desk, "Before the change", "", "https://w.example/b", Instant.parse("2025-10-26T00:30:00Z"));
        Item after = item(51, desk, "After the change", "", "https://w.example/a", Instant.parse("2025-10-26T01:30:00Z"));
        // 30 Mar 2025: 03:00 local does not exist; 01:30 UTC is 04:30 summer time.
        Item spring = item(52, desk, "Spring forward", "", "https://w.example/s", Instant.parse("2025-03-30T01:30:00Z"));

        DigestView view = composer.compose(reader, List.of(match(before, 3, "x"), match(after, 3, "x"),
                match(spring, 3, "x")), RULES, Instant.parse("2025-10-26T05:00:00Z"), DigestKind.DAILY, ARCHIVE, 50);

        List<DigestEntry> entries = view.sections().get(0).entries();
        assertEquals(List.of("After the change", "Before the change", "Spring forward"),
                entries.stream().map(DigestEntry::title).toList(), "ordered by instant, not by local time");
        assertEquals("26 Oct 2025, 03:30", entries.get(0).publishedAt());
        assertEquals("26 Oct 2025, 03:30", entries.get(1).publishedAt());
        assertEquals("30 Mar 2025, 04:30", entries.get(2).publishedAt());
        assertEquals("26 Oct 2025, 07:00", view.generatedAt());
        assertEquals("Europe/Vilnius (UTC+02:00)", view.zoneName());
    }

    @Test
    void kindsChangeTheWording() {
        List<Match> matches = List.of(
                match(item(60, monitor, "Bialiatski freed", "", "https://n.example/1", at("13T09:00:00")), 1, "x"),
                match(item(61, desk, "EU widens potash measures", "", "https://w.example/2", at("13T08:00:00")), 3, "y"),
                match(item(62, desk, "Lukashenko meets envoy", "", "https://w.example/3", at("13T07:00:00")), 2, "z"));

        assertEquals("3 new stories: Ales Bialiatski, Sanctions and 1 more rule",
                compose(matches, DigestKind.DAILY, 50).subject());
        assertEquals("This week, 3 new stories: Ales Bialiatski, Sanctions and 1 more rule",
                compose(matches, DigestKind.WEEKLY, 50).subject());
        DigestView alert = compose(matches, DigestKind.ALERT, 50);
        assertEquals("Alert · Ales Bialiatski: Bialiatski freed (+2 more stories)", alert.subject());
        assertEquals("EU widens potash measures · Lukashenko meets envoy", alert.preheader());
        assertEquals("Alert", alert.heading());
        assertEquals("Today's digest", compose(matches, DigestKind.DAILY, 50).heading());
        assertEquals("This week", compose(matches, DigestKind.WEEKLY, 50).heading());
        assertEquals("Bialiatski freed · EU widens potash measures · Lukashenko meets envoy",
                compose(matches, DigestKind.DAILY, 50).preheader());
        assertEquals("3 new stories for 3 of your watch rules", compose(matches, DigestKind.NOW, 50).summary());
    }

    @Test
    void subjectSaysHowManyStoriesForZeroOneAndMany() {
        assertEquals("No new stories", DigestWording.subject(DigestKind.DAILY, 0, List.of(), ""));
        assertEquals("1 new story: Belarus", DigestWording.subject(DigestKind.DAILY, 1, List.of("Belarus"), "T"));
        assertEquals("Alert · Belarus: T", DigestWording.subject(DigestKind.ALERT, 1, List.of("Belarus"), "T"));
        assertEquals("12 new stories: A, B and 3 more rules",
                DigestWording.subject(DigestKind.NOW, 12, List.of("A", "B", "C", "D", "E"), "T"));
        String longName = "A rule with a very long name that goes on and on about potash";
        assertTrue(DigestWording.subject(DigestKind.DAILY, 2, List.of(longName), "T").endsWith("…"));
    }

    @Test
    void hostileFeedTextIsOneLineWithoutDirectionOverrides() {
        Feed evil = feed(9, "Evil\r\nfeed \u202Egnp.exe");
        Item item = item(70, evil, "Title\r\nUnsubscribe: https://evil.example \u202Etxet", "Body\u2028more",
                "https://evil.example/a b", at("13T09:00:00"));

        DigestEntry entry = compose(List.of(match(item, 1, "Title")), DigestKind.DAILY, 50)
                .sections().get(0).entries().get(0);

        assertEquals("Title Unsubscribe: https://evil.example txet", entry.title());
        assertEquals("Evil feed gnp.exe", entry.feedTitle());
        assertEquals("Body more", entry.snippet());
        assertFalse(entry.hasLink(), "a URL with a space is no link");
    }

    @Test
    void aDeletedRuleAndAnEmptyDigestStillRead() {
        DigestView view = composer.compose(reader, List.of(match(item(80, desk, "T", "", null, at("13T09:00:00")),
                99, "x")), RULES, NOW, DigestKind.DAILY, ARCHIVE, 50);
        assertEquals("Deleted rule", view.sections().get(0).ruleName());

        DigestView empty = composer.compose(reader, List.of(), RULES, NOW, DigestKind.DAILY, ARCHIVE, 50);
        assertEquals("No new stories", empty.subject());
        assertEquals(0, empty.entryCount());
    }

    private static List<String> titles(DigestSection section) {
        return section.entries().stream().map(DigestEntry::title).toList();
    }
}
