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
import java.util.Optional;
import org.feedwatch.feed.Item;

/** Runs new items through every rule at once and stores a match per rule and item. */
@ApplicationScoped
public class ItemMatcher {

    @Inject
    RuleBook ruleBook;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    /** Joins the caller's transaction, so items and their matches are stored together or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Match> matchAndStore(List<Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<MatchableItem> docs = items.stream().map(MatchableItem::of).toList();
        List<List<RuleHit>> hits = ruleBook.index().match(docs);
        Instant now = clock.instant();
        List<Match> stored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (RuleHit hit : hits.get(i)) {
                Optional<Long> subscriber = ruleBook.subscriberOf(hit.ruleId());
                if (subscriber.isPresent()) {
                    Match match = new Match(subscriber.get(), items.get(i), hit, now);
                    em.persist(match);
                    stored.add(match);
                }
            }
        }
        return stored;
    }
}
