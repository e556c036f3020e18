package org.feedwatch.discovery;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.feedwatch.feed.Feed;

/** The answer to "watch this address": a feed was added, or the page offers several and the user must choose. */
public sealed interface AddOutcome {

    /**
     * @param feed      the feed now watched
     * @param foundAt   set when the address was a page and the feed was found on it
     * @param unchecked set when the address could not be checked now and was added as given (why)
     */
    record Added(Feed feed, Optional<Discovery.Found> foundAt, Optional<String> unchecked) implements AddOutcome {
        public Added {
            Objects.requireNonNull(feed, "feed");
            Objects.requireNonNull(foundAt, "foundAt");
            Objects.requireNonNull(unchecked, "unchecked");
        }
    }

    /** Nothing was stored: the page links to these feeds. */
    record Choose(URI page, List<FeedChoice> choices) implements AddOutcome {
        public Choose {
            Objects.requireNonNull(page, "page");
            choices = List.copyOf(choices);
        }
    }
}
