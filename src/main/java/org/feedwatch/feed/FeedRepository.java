package org.feedwatch.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/** Queries on feeds and their items. Callers own the transaction. */
@ApplicationScoped
public class FeedRepository {

    /** Bound for IN lists, well under what Derby and PostgreSQL accept in one statement. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    public Optional<Feed> find(long id) {
        return Optional.ofNullable(em.find(Feed.class, id));
    }

    public Optional<Feed> findByUrl(String url) {
        return em.createNamedQuery("Feed.byUrl", Feed.class).setParameter("url", url)
                .getResultStream().findFirst();
    }

    public List<Feed> all() {
        return em.createNamedQuery("Feed.all", Feed.class).getResultList();
    }

    public void add(Feed feed) {
        em.persist(feed);
        em.flush(); // IDENTITY ids are assigned on insert; callers need the id at once
    }

    public void remove(Feed feed) {
        em.remove(feed);
    }

    /**
     * Takes up to {@code limit} due feeds for polling and moves their next poll to {@code leaseUntil}, so another
     * tick (or another server) does not take them too. The poll itself then sets the real next poll time.
     */
    public List<Long> leaseDue(Instant now, Instant leaseUntil, int limit) {
        List<Long> due = em.createNamedQuery("Feed.dueIds", Long.class).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        if (due.isEmpty()) {
            return due;
        }
        em.createNamedQuery("Feed.lease").setParameter("until", leaseUntil).setParameter("ids", due)
                .setParameter("now", now).executeUpdate();
        return due;
    }

    /** The dedup keys among {@code keys} that this feed already has stored. */
    public Set<String> existingKeys(long feedId, Collection<String> keys) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            found.addAll(em.createNamedQuery("Item.existingKeys", String.class).setParameter("feedId", feedId)
                    .setParameter("keys", chunk).getResultList());
        }
        return found;
    }

    public void addItem(Item item) {
        em.persist(item);
    }

    /** Items first seen since {@code since} with an id below {@code beforeId}, newest first: a page of them. */
    public List<Item> recentItems(Instant since, long beforeId, int limit) {
        return em.createNamedQuery("Item.recent", Item.class).setParameter("since", since)
                .setParameter("beforeId", beforeId).setMaxResults(limit).getResultList();
    }
}
