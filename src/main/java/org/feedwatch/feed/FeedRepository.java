package org.feedwatch.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on feeds (items: {@link ItemRepository}). Callers own the transaction. */
@ApplicationScoped
public class FeedRepository {

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
}
