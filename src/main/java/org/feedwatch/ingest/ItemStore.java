package org.feedwatch.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedRepository;
import org.feedwatch.feed.Item;
import org.feedwatch.feed.ItemContent;

/**
 * Stores the items of a parsed feed that the feed has not had before. One query finds the known keys of the
 * whole batch; the unique (feed, dedup key) constraint is the last line of defence.
 */
@ApplicationScoped
public class ItemStore {

    @Inject
    FeedRepository feeds;

    /** Must run inside the caller's transaction. Returns the newly stored items, in feed order. */
    public List<Item> storeNew(Feed feed, List<ParsedItem> parsed, Instant now) {
        Map<String, ParsedItem> byKey = new LinkedHashMap<>();
        for (ParsedItem item : parsed) {
            byKey.putIfAbsent(DedupKey.of(item), item); // a feed that repeats an entry stores it once
        }
        if (byKey.isEmpty()) {
            return List.of();
        }
        Set<String> known = feeds.existingKeys(feed.id(), byKey.keySet());
        List<Item> stored = new ArrayList<>();
        for (Map.Entry<String, ParsedItem> entry : byKey.entrySet()) {
            if (!known.contains(entry.getKey())) {
                Item item = new Item(feed, entry.getKey(), content(entry.getValue()), now);
                feeds.addItem(item);
                stored.add(item);
            }
        }
        return stored;
    }

    private static ItemContent content(ParsedItem item) {
        return new ItemContent(item.guid(), item.link(), item.title(), item.summaryText(), item.summaryHtml(),
                item.published());
    }
}
