package org.feedwatch.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Read-only access to a feed's stored items for the API, in its own transaction. */
@ApplicationScoped
@Transactional
public class ItemReader {

    @Inject
    FeedRepository feeds;

    @Inject
    ItemRepository items;

    /**
     * The feed's latest items, newest first, each turned into {@code view} inside the transaction (so lazy parts such
     * as enclosures can be read); empty when there is no such feed.
     */
    public <T> Optional<List<T>> latest(long feedId, int limit, Function<Item, T> view) {
        if (feeds.find(feedId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(items.latest(feedId, limit).stream().map(view).toList());
    }
}
