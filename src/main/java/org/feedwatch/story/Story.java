package org.feedwatch.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** TEMPORARY stand-in for branch {@code stories}' record of the same name (same API); removed when it lands. */
public record Story(StoryItem lead, List<StoryItem> others) {

    public Story {
        Objects.requireNonNull(lead, "lead");
        others = List.copyOf(others);
    }

    public List<StoryItem> all() {
        List<StoryItem> all = new ArrayList<>(others.size() + 1);
        all.add(lead);
        all.addAll(others);
        return all;
    }
}
