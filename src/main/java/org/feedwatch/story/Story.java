package org.feedwatch.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A story: its lead item (the earliest published: usually the original) and the other reports of it, in
 * publication order.
 */
public record Story(StoryItem lead, List<StoryItem> others) {

    public Story {
        Objects.requireNonNull(lead, "lead");
        others = List.copyOf(others);
    }

    /** The lead followed by the other reports. */
    public List<StoryItem> all() {
        List<StoryItem> all = new ArrayList<>(others.size() + 1);
        all.add(lead);
        all.addAll(others);
        return all;
    }
}
