package org.feedwatch.discovery;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** What {@link FeedDiscovery} made of an address. */
public sealed interface Discovery {

    /** The address is itself a feed Feedwatch can read. */
    record IsAFeed() implements Discovery {
    }

    /**
     * The address could not be judged now (it could not be fetched, or it is neither HTML nor a feed Feedwatch can
     * read yet); it is taken as the user gave it and its polls will show what is wrong.
     */
    record Unchecked(String reason) implements Discovery {
        public Unchecked {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The page leads to exactly one feed. */
    record Found(FeedChoice feed, URI page, How how) implements Discovery {
        public Found {
            Objects.requireNonNull(feed, "feed");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(how, "how");
        }
    }

    /** The page links to several feeds: the user must choose. */
    record Several(URI page, List<FeedChoice> choices) implements Discovery {
        public Several {
            Objects.requireNonNull(page, "page");
            choices = List.copyOf(choices);
        }
    }

    /** An HTML page without a feed link, and none of the common paths answered with a feed. */
    record NoneFound(URI page) implements Discovery {
        public NoneFound {
            Objects.requireNonNull(page, "page");
        }
    }

    /** How a feed was found on a page. */
    enum How {
        /** {@code <link rel="alternate">} in the page. */
        LINK,
        /** one of {@link FeedDiscovery#COMMON_PATHS} on the page's site. */
        COMMON_PATH
    }
}
