package org.feedwatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ItemContentTest {

    @Test
    void theVersionChangesWithTitleOrTextOnly() {
        ItemContent original = content("Flood warning", "The water is rising.", "https://e.example/a?utm_source=x",
                Optional.of(Instant.parse("2024-03-05T09:30:00Z")));
        String version = original.version();
        assertEquals(64, version.length());
        assertEquals(version, content("Flood warning", "The water is rising.", "https://e.example/a?utm_source=y",
                Optional.empty()).version(), "a new tracking parameter or date is no update");
        assertNotEquals(version, content("Flood warning extended", "The water is rising.", "https://e.example/a",
                Optional.empty()).version());
        assertNotEquals(version, content("Flood warning", "The water is still rising.", "https://e.example/a",
                Optional.empty()).version());
        assertNotEquals(content("ab", "c", "https://e.example/", Optional.empty()).version(),
                content("a", "bc", "https://e.example/", Optional.empty()).version());
    }

    @Test
    void labelListsFitTheirColumn() {
        TextListConverter converter = new TextListConverter();
        assertNull(converter.convertToDatabaseColumn(List.of()));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
        List<String> labels = List.of("Politics", "Économie", "Мир");
        assertEquals(labels, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(labels)));
        String stored = converter.convertToDatabaseColumn(List.of("a".repeat(1500), "b".repeat(600), "c"));
        assertEquals(List.of("a".repeat(1500), "c"), converter.convertToEntityAttribute(stored),
                "a label that does not fit is left out, the next one that fits is kept");
    }

    @Test
    void enclosuresCompareByValue() {
        assertEquals(new Enclosure("https://e.example/a.mp3", Optional.of("audio/mpeg"), OptionalLong.of(3)),
                new Enclosure("https://e.example/a.mp3", Optional.of("audio/mpeg"), OptionalLong.of(3)));
        assertEquals(Optional.empty(), new Enclosure("https://e.example/a", Optional.of("x/" + "y".repeat(300)),
                OptionalLong.empty()).mediaType(), "a type too long for its column is dropped");
    }

    private static ItemContent content(String title, String text, String link, Optional<Instant> published) {
        return new ItemContent(Optional.of("guid"), Optional.of(link), title, text, text, "", published, List.of(),
                List.of(), List.of(), Optional.empty());
    }
}
