package org.feedwatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.feedwatch.rule.Rule;
import org.feedwatch.subscriber.DeliveryMode;

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
        int marked = 0;
        List<Long> all = List.copyOf(matchIds);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            marked += em.createNamedQuery("Match.markSent").setParameter("outboxId", outboxId)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_CHUNK))).executeUpdate();
        }
        return marked;
    }

    /**
     * The mail each of these rules' new matches wait for (the rule's own mode, else its subscriber's; paused
     * wins), in one query per {@value #IN_CHUNK} rules.
     */
    public Map<Long, DeliveryMode> channelsOf(Collection<Long> ruleIds) {
        Map<Long, DeliveryMode> channels = new HashMap<>();
        List<Long> all = List.copyOf(ruleIds);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            em.createQuery("SELECT r.id, r.deliveryMode, s.deliveryMode, s.confirmed, s.unsubscribedAt"
                    + " FROM Rule r, Subscriber s WHERE s.id = r.subscriberId AND r.id IN :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_CHUNK))).getResultList()
                    .forEach(row -> channels.put((Long) row[0], Rule.channel((DeliveryMode) row[1],
                            PendingChannels.modeOf((DeliveryMode) row[2], (Boolean) row[3], row[4] == null))));
        }
        return channels;
    }

    /** A subscriber's matches waiting for this kind of mail, for several subscribers in one query, oldest first. */
    public List<Match> pendingFor(Collection<Long> subscriberIds, DeliveryMode channel) {
        return em.createNamedQuery("Match.pendingFor", Match.class).setParameter("subscriberIds", subscriberIds)
                .setParameter("channel", channel).getResultList();
    }

    /** Subscribers with matches waiting for an alert: id, when the oldest was stored, the oldest's id. */
    public List<Object[]> alertsWaiting() {
        return em.createNamedQuery("Match.alertsWaiting", Object[].class).getResultList();
    }

    /**
     * After a change of delivery mode: the subscriber's unsent matches wait for the mail their rules now ask for.
     * Three updates, whatever the number of matches.
     */
    public void rechannel(long subscriberId, DeliveryMode subscriberMode) {
        for (DeliveryMode ruleMode : new DeliveryMode[] {DeliveryMode.IMMEDIATE, DeliveryMode.DAILY, DeliveryMode.WEEKLY}) {
            em.createQuery("UPDATE Match m SET m.pending = :channel WHERE m.subscriberId = :s AND m.outboxId IS NULL"
                    + " AND m.ruleId IN (SELECT r.id FROM Rule r WHERE r.subscriberId = :s AND r.deliveryMode = :mode)")
                    .setParameter("channel", subscriberMode == DeliveryMode.PAUSED ? DeliveryMode.PAUSED : ruleMode)
                    .setParameter("s", subscriberId).setParameter("mode", ruleMode).executeUpdate();
        }
        em.createQuery("UPDATE Match m SET m.pending = :channel WHERE m.subscriberId = :s AND m.outboxId IS NULL"
                + " AND m.ruleId IN (SELECT r.id FROM Rule r WHERE r.subscriberId = :s AND r.deliveryMode IS NULL)")
                .setParameter("channel", subscriberMode).setParameter("s", subscriberId).executeUpdate();
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

    /** The matches a recorded digest covered, with their items and feeds: what its read-online page shows. */
    public List<Match> coveredBy(long outboxId) {
        return em.createQuery("SELECT m FROM Match m JOIN FETCH m.item i JOIN FETCH i.feed"
                + " WHERE m.outboxId = :outboxId ORDER BY m.id", Match.class)
                .setParameter("outboxId", outboxId).getResultList();
    }

    /** Matches made at or after {@code since}, for every subscriber. */
    public long countSince(Instant since) {
        return em.createQuery("SELECT COUNT(m) FROM Match m WHERE m.matchedAt >= :since", Long.class)
                .setParameter("since", since).getSingleResult();
    }
}
