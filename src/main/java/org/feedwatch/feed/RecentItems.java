package org.feedwatch.feed;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The items of one feed dated within a recent window (an item without a date counts by when it was first seen).
 *
 * @param count  how many
 * @param oldest the date of the oldest of them; empty when there are none
 */
public record RecentItems(long count, Optional<Instant> oldest) {

    public RecentItems {
        Objects.requireNonNull(oldest, "oldest");
        if (count < 0 || (count > 0) != oldest.isPresent()) {
            throw new IllegalArgumentException("count " + count + " does not fit oldest " + oldest);
        }
    }
}
