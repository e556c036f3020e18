package org.feedwatch.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.feed.Enclosure;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.Item;
import org.feedwatch.feed.ItemContent;
import org.feedwatch.feed.ItemRepository;

/**
 * Stores what a parsed feed holds: items the feed has not had before are added; known items whose title or text
 * changed ({@link ItemContent#version()}) are revised in place. One query finds the known keys and versions of the
 * whole batch; the unique (feed, dedup key) constraint is the last line of defence.
 */
@ApplicationScoped
public class ItemStore {

    @Inject
    ItemRepository items;

    /** What one call stored: new items and revised ones, each in feed order. */
    public record StoredItems(List<Item> added, List<Item> revised) {
    }

    /** Must run inside the caller's transaction. */
    public StoredItems store(Feed feed, List<ParsedItem> parsed, Instant now) {
        Map<String, ItemContent> byKey = new LinkedHashMap<>();
        for (ParsedItem item : parsed) {
            byKey.putIfAbsent(DedupKey.of(item), content(item));  // a feed that repeats an entry stores it once
        }
        if (byKey.isEmpty()) {
            return new StoredItems(List.of(), List.of());
        }
        Map<String, Optional<String>> known = items.versions(feed.id(), byKey.keySet());
        List<Item> added = new ArrayList<>();
        List<String> changedKeys = new ArrayList<>();
        for (Map.Entry<String, ItemContent> entry : byKey.entrySet()) {
            if (!known.containsKey(entry.getKey())) {
                Item item = new Item(feed, entry.getKey(), entry.getValue(), now);
                items.add(item);
                added.add(item);
            } else if (!known.get(entry.getKey()).equals(Optional.of(entry.getValue().version()))) {
                changedKeys.add(entry.getKey());
            }
        }
        List<Item> revised = new ArrayList<>();
        for (Item item : changedKeys.isEmpty() ? List.<Item>of() : items.byKeys(feed.id(), changedKeys)) {
            ItemContent content = byKey.get(item.dedupKey());
            if (item.contentVersion().isPresent()) {
                item.revise(content, now);
                revised.add(item);
            } else {
                item.fillIn(content);                           // stored before versions were kept: no news
            }
        }
        return new StoredItems(added, revised);
    }

    private static ItemContent content(ParsedItem item) {
        List<Enclosure> enclosures = item.enclosures().stream()
                .map(e -> new Enclosure(e.url(), e.mediaType(), e.length())).toList();
        return new ItemContent(item.guid(), item.link(), item.title(), item.summaryText(), item.summaryHtml(),
                item.contentHtml(), item.published(), item.authors(), item.categories(), enclosures,
                item.thumbnail());
    }
}
