package org.feedwatch.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries on subscribers. Callers own the transaction. */
@ApplicationScoped
public class SubscriberRepository {

    /** Bound for IN lists, well under what Derby and PostgreSQL accept in one statement. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    public Optional<Subscriber> find(long id) {
        return Optional.ofNullable(em.find(Subscriber.class, id));
    }

    public Optional<Subscriber> findByEmail(String email) {
        return em.createNamedQuery("Subscriber.byEmail", Subscriber.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    public List<Subscriber> byIds(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<Subscriber> found = new java.util.ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            found.addAll(em.createNamedQuery("Subscriber.byIds", Subscriber.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_CHUNK))).getResultList());
        }
        return found;
    }

    /** Active subscribers whose digest is due, by id from {@code after} on (keyset paging: each visited once). */
    public List<Long> dueIds(Instant now, long after, int limit) {
        return em.createNamedQuery("Subscriber.dueIds", Long.class).setParameter("now", now)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** Active subscribers whose weekly slot has come, keyset-paged like {@link #dueIds}. */
    public List<Long> weeklyDueIds(Instant now, long after, int limit) {
        return em.createNamedQuery("Subscriber.weeklyDueIds", Long.class).setParameter("now", now)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** Subscribers whose address matches the LIKE pattern (escape character '!'), by id after {@code after}. */
    public List<Subscriber> search(String likePattern, long after, int limit) {
        return em.createNamedQuery("Subscriber.search", Subscriber.class).setParameter("pattern", likePattern)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public void add(Subscriber subscriber) {
        em.persist(subscriber);
        em.flush(); // IDENTITY ids are assigned on insert; callers need the id at once
    }

    /**
     * Deletes every subscriber who never confirmed and signed up before {@code cutoff}, in one statement; their
     * rules and matches go with them (ON DELETE CASCADE). Returns the ids deleted.
     */
    public List<Long> deleteUnconfirmedBefore(Instant cutoff) {
        List<Long> ids = em.createNamedQuery("Subscriber.unconfirmedBefore", Long.class)
                .setParameter("cutoff", cutoff).getResultList();
        if (ids.isEmpty()) {
            return ids;
        }
        int deleted = em.createQuery("DELETE FROM Subscriber s WHERE s.confirmed = FALSE AND s.createdAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        // The database cascaded to rules and matches behind the entity cache's back.
        em.getEntityManagerFactory().getCache().evictAll();
        if (deleted == ids.size()) {
            return ids;
        }
        // Someone confirmed between the two statements: report only the ones really gone.
        List<Long> left = new java.util.ArrayList<>(ids);
        left.removeAll(byIds(ids).stream().map(Subscriber::id).toList());
        return left;
    }

    public void remove(Subscriber subscriber) {
        em.remove(subscriber);
    }
}
