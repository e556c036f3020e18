package org.feedwatch.story;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The labelled items of {@code src/test/resources/stories/labelled-items.json} and the pairs they make. */
final class LabelledItems {

    record Labelled(StoryItem item, String story, String event, String lang) {
    }

    enum Kind { SAME_STORY, DIFFERENT_STORY, TRANSLATION }

    record Pair(Labelled a, Labelled b, Kind kind) {
    }

    private LabelledItems() {
    }

    static List<Labelled> load() {
        try (InputStream in = LabelledItems.class.getResourceAsStream("/stories/labelled-items.json");
                JsonReader reader = Json.createReader(in)) {
            List<Labelled> items = new ArrayList<>();
            for (JsonValue value : reader.readObject().getJsonArray("items")) {
                JsonObject o = value.asJsonObject();
                StoryItem item = new StoryItem(o.getJsonNumber("id").longValue(), o.getString("title"),
                        o.getString("text"), o.getString("link"), o.getString("source"),
                        Instant.parse(o.getString("publishedAt")));
                items.add(new Labelled(item, o.getString("story"), o.getString("event", ""), o.getString("lang")));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every pair once: same story, different stories, or one event in two languages (not judged). */
    static List<Pair> pairs(List<Labelled> items) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Labelled a = items.get(i);
                Labelled b = items.get(j);
                Kind kind = a.story().equals(b.story()) ? Kind.SAME_STORY
                        : !a.event().isEmpty() && a.event().equals(b.event()) ? Kind.TRANSLATION
                        : Kind.DIFFERENT_STORY;
                pairs.add(new Pair(a, b, kind));
            }
        }
        return pairs;
    }
}
