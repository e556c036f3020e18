package org.feedwatch.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries on stored items. Callers own the transaction. */
@ApplicationScoped
public class ItemRepository {

    /** Bound for IN lists, well under what Derby and PostgreSQL accept in one statement. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    /**
     * For the dedup keys among {@code keys} that this feed already has: the stored {@link ItemContent#version()}, empty
     * for items stored before versions were kept. Keys the feed does not have are absent.
     */
    public Map<String, Optional<String>> versions(long feedId, Collection<String> keys) {
        Map<String, Optional<String>> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            List<Object[]> rows = em.createNamedQuery("Item.versions", Object[].class).setParameter("feedId", feedId)
                    .setParameter("keys", chunk).getResultList();
            rows.forEach(row -> found.put((String) row[0], Optional.ofNullable((String) row[1])));
        }
        return found;
    }

    /** This feed's items with these dedup keys. */
    public List<Item> byKeys(long feedId, Collection<String> keys) {
        List<Item> found = new ArrayList<>();
        for (List<String> chunk : chunks(keys)) {
            found.addAll(em.createNamedQuery("Item.byKeys", Item.class).setParameter("feedId", feedId)
                    .setParameter("keys", chunk).getResultList());
        }
        return found;
    }

    /** The feed's most recently stored items, newest first. */
    public List<Item> latest(long feedId, int limit) {
        return em.createNamedQuery("Item.latest", Item.class).setParameter("feedId", feedId).setMaxResults(limit)
                .getResultList();
    }

    public void add(Item item) {
        em.persist(item);
    }

    private static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
        }
        return chunks;
    }

    /** Items first seen since {@code since} with an id below {@code beforeId}, newest first: a page of them. */
    public List<Item> recentItems(Instant since, long beforeId, int limit) {
        return em.createNamedQuery("Item.recent", Item.class).setParameter("since", since)
                .setParameter("beforeId", beforeId).setMaxResults(limit).getResultList();
    }

    /** Items first seen at or after {@code since}, across all feeds. */
    public long countSeenSince(Instant since) {
        return em.createQuery("SELECT COUNT(i) FROM Item i WHERE i.firstSeenAt >= :since", Long.class)
                .setParameter("since", since).getSingleResult();
    }
}
