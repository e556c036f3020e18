package org.feedwatch.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TEMPORARY stand-in for branch {@code stories}' grouper (same API): items with the same title, letters and
 * digits only, are one story. Removed when the real one lands.
 */
public final class StoryGrouper {

    public static final double DEFAULT_THRESHOLD = 0.45;

    public StoryGrouper(double threshold) {
    }

    public List<Story> group(List<StoryItem> items) {
        Map<String, List<StoryItem>> byTitle = new LinkedHashMap<>();
        for (StoryItem item : items) {
            String key = item.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
            byTitle.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        List<Story> stories = new ArrayList<>();
        for (List<StoryItem> same : byTitle.values()) {
            same.sort(Comparator.comparing(StoryItem::publishedAt).thenComparingLong(StoryItem::itemId));
            stories.add(new Story(same.get(0), same.subList(1, same.size())));
        }
        return stories;
    }
}
