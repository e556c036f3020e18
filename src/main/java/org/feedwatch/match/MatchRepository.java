package org.feedwatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** Queries on matches. Callers own the transaction. */
@ApplicationScoped
public class MatchRepository {

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
}
