package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemDraftTest {

    private static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");
    private static final URI BASE = URI.create("https://news.example.org/feed.xml");

    @ParameterizedTest(name = "[{0}] + [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', value = {
        "Teaser.                          | Teaser. Body text.                 | Teaser. Body text.",
        "The first sentence of the body…  | The first sentence of the body goes on. | The first sentence of the body goes on.",
        "The first sentence [...]         | The first sentence of a long body. | The first sentence of a long body.",
        "Why it matters.                  | The full story.                    | Why it matters. The full story.",
        "A long description, with words   | long description                   | A long description, with words",
        "''                               | Only a body.                       | Only a body.",
        "Only a summary.                  | ''                                 | Only a summary.",
    })
    void matchTextIsTheRicherOfSummaryAndContent(String summary, String content, String expected) {
        assertEquals(expected, ItemDraft.matchText(summary, content));
    }

    @Test
    void datesAheadOfTheClockBeyondTheSkewBecomeNow() {
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(9))), draftDated(NOW.plus(Duration.ofMinutes(9))));
        assertEquals(Optional.of(NOW), draftDated(NOW.plus(Duration.ofMinutes(11))));
        assertEquals(Optional.of(NOW.minus(Duration.ofDays(400))), draftDated(NOW.minus(Duration.ofDays(400))));
    }

    @Test
    void cleansAuthorsCategoriesEnclosuresAndThumbnails() {
        ItemDraft draft = new ItemDraft(BASE);
        draft.titleText("t");
        draft.author("jane@example.org (Jane Doe)");
        draft.author("  Jane   Doe ");
        draft.author("");
        draft.author(null);
        draft.category("Politics");
        draft.category(" politics\n");
        draft.category("x".repeat(300));
        draft.enclosure("/a.mp3", "Audio/MPEG; charset=binary", 10);
        draft.enclosure("https://news.example.org/a.mp3", "audio/mpeg", 99);   // same URL: the first stays
        draft.enclosure("data:audio/mpeg;base64,AAAA", "audio/mpeg", 5);
        draft.enclosure("https://cdn.example.org/b.ogg", "not a type", -1);
        draft.thumbnail("javascript:alert(1)");
        draft.thumbnail("img/t.jpg");
        draft.thumbnail("https://cdn.example.org/second.jpg");
        ParsedItem item = draft.build(NOW).orElseThrow();
        assertEquals(List.of("Jane Doe"), item.authors());
        assertEquals(2, item.categories().size());
        assertEquals("Politics", item.categories().get(0));
        assertTrue(item.categories().get(1).endsWith("…") && item.categories().get(1).length() == 200);
        assertEquals(List.of(
                new ParsedEnclosure("https://news.example.org/a.mp3", Optional.of("audio/mpeg"), OptionalLong.of(10)),
                new ParsedEnclosure("https://cdn.example.org/b.ogg", Optional.empty(), OptionalLong.empty())),
                item.enclosures());
        assertEquals(Optional.of("https://news.example.org/img/t.jpg"), item.thumbnail());
    }

    @Test
    void capsHugeContentBeforeSanitising() {
        ItemDraft draft = new ItemDraft(BASE);
        draft.titleText("t");
        draft.contentHtml("<p>" + "word ".repeat(100_000) + "</p>");
        ParsedItem item = draft.build(NOW).orElseThrow();
        assertTrue(item.contentHtml().length() <= FeedParser.MAX_CONTENT_CHARS + 10, "" + item.contentHtml().length());
        assertTrue(item.contentHtml().endsWith("</p>"), "still well-formed");
        assertTrue(item.summaryText().length() <= FeedParser.MAX_SUMMARY_CHARS);
    }

    @Test
    void anItemWithNothingToShowOrRecogniseIsDropped() {
        assertEquals(Optional.empty(), new ItemDraft(BASE).build(NOW));
        ItemDraft onlyGuid = new ItemDraft(BASE);
        onlyGuid.guid(" 42 ");
        assertEquals(Optional.of("42"), onlyGuid.build(NOW).orElseThrow().guid());
    }

    private static Optional<Instant> draftDated(Instant date) {
        ItemDraft draft = new ItemDraft(BASE);
        draft.titleText("t");
        draft.published(Optional.of(date));
        return draft.build(NOW).orElseThrow().published();
    }
}
