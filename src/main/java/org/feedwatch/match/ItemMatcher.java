package org.feedwatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.feedwatch.feed.Item;
import org.feedwatch.subscriber.DeliveryMode;

/**
 * Runs items through every rule at once and stores a match per rule and item. A new item is matched once; an item
 * the feed revised is matched again, but only rules it did not match before can add a match: an update never
 * alerts twice for the same rule, while a rule that the new text satisfies for the first time does alert.
 */
@ApplicationScoped
public class ItemMatcher {

    @Inject
    RuleBook ruleBook;

    @Inject
    MatchRepository matches;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    /** New items. Joins the caller's transaction, so items and their matches are stored together or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Match> matchAndStore(List<Item> items) {
        return match(items, item -> Set.of());                  // new items have no matches (nor ids, before flush)
    }

    /** Revised items: matches only for rules that have none with the item yet. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Match> matchRevised(List<Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> matched = matches.ruleIdsByItem(items.stream().map(Item::id).toList());
        return match(items, item -> matched.getOrDefault(item.id(), Set.of()));
    }

    private List<Match> match(List<Item> items, Function<Item, Set<Long>> alreadyMatched) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<MatchableItem> docs = items.stream().map(MatchableItem::of).toList();
        List<List<RuleHit>> hits = ruleBook.index().match(docs);
        Instant now = clock.instant();
        Map<Long, DeliveryMode> channels = matches.channelsOf(hits.stream().flatMap(List::stream)
                .map(RuleHit::ruleId).collect(Collectors.toSet()));
        List<Match> stored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Set<Long> skip = alreadyMatched.apply(items.get(i));
            for (RuleHit hit : hits.get(i)) {
                Optional<Long> subscriber = ruleBook.subscriberOf(hit.ruleId());
                DeliveryMode channel = channels.get(hit.ruleId());
                // No channel: the rule was deleted since the index was read; its match would have nowhere to go.
                if (subscriber.isPresent() && channel != null && !skip.contains(hit.ruleId())) {
                    Match match = new Match(subscriber.get(), items.get(i), hit, now, channel);
                    em.persist(match);
                    stored.add(match);
                }
            }
        }
        return stored;
    }
}
