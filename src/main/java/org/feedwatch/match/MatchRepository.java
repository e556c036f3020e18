package org.feedwatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Queries on matches. Callers own the transaction. */
@ApplicationScoped
public class MatchRepository {

    /** Bound for IN lists, well under what Derby and PostgreSQL accept in one statement. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    /** A subscriber's matches, newest first, at most {@code limit}. */
    public List<Match> bySubscriber(long subscriberId, int limit) {
        return em.createNamedQuery("Match.bySubscriber", Match.class).setParameter("subscriberId", subscriberId)
                .setMaxResults(limit).getResultList();
    }

    /** The matches not yet covered by a digest, for several subscribers in one query, oldest first. */
    public List<Match> unsentFor(Collection<Long> subscriberIds) {
        return em.createNamedQuery("Match.unsentFor", Match.class).setParameter("subscriberIds", subscriberIds)
                .getResultList();
    }

    /** Marks matches as covered by an outbox message; returns how many were still unsent. */
    public int markSent(Collection<Long> matchIds, long outboxId) {
        return em.createNamedQuery("Match.markSent").setParameter("outboxId", outboxId)
                .setParameter("ids", matchIds).executeUpdate();
    }

    /** For each of these items that has matches, the ids of the rules it matched. */
    public Map<Long, Set<Long>> ruleIdsByItem(Collection<Long> itemIds) {
        Map<Long, Set<Long>> rules = new HashMap<>();
        List<Long> all = List.copyOf(itemIds);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Object[]> rows = em.createNamedQuery("Match.rulesOfItems", Object[].class)
                    .setParameter("itemIds", all.subList(from, Math.min(all.size(), from + IN_CHUNK))).getResultList();
            rows.forEach(row -> rules.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]));
        }
        return rules;
    }
}
