package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How much a subscriber's archive page and private Atom feed show. */
@ApplicationScoped
public class ArchiveConfig {

    /** Items in the private Atom feed (the newest matched ones; an item matched by several rules counts once). */
    @Inject
    @ConfigProperty(name = "feedwatch.archive.feed-entries", defaultValue = "100")
    int feedEntries;

    /** Digests per page of the archive list. */
    @Inject
    @ConfigProperty(name = "feedwatch.archive.page-size", defaultValue = "50")
    int pageSize;

    @PostConstruct
    void check() {
        ConfigCheck.require(feedEntries >= 1 && feedEntries <= 500, "feedwatch.archive.feed-entries",
                "must be between 1 and 500, got " + feedEntries);
        ConfigCheck.require(pageSize >= 5 && pageSize <= 500, "feedwatch.archive.page-size",
                "must be between 5 and 500, got " + pageSize);
    }

    public int feedEntries() {
        return feedEntries;
    }

    public int pageSize() {
        return pageSize;
    }
}
