package org.feedwatch.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
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

    /** The items of the feed dated at or after {@code since}, counted for its publishing rate. */
    public RecentItems recentItems(long feedId, Instant since) {
        Object[] dated = em.createNamedQuery("Feed.recentDatedItems", Object[].class).setParameter("feedId", feedId)
                .setParameter("since", since).getSingleResult();
        Object[] undated = em.createNamedQuery("Feed.recentUndatedItems", Object[].class)
                .setParameter("feedId", feedId).setParameter("since", since).getSingleResult();
        long count = ((Number) dated[0]).longValue() + ((Number) undated[0]).longValue();
        Optional<Instant> oldest = earlier(instant(dated[1]), instant(undated[1]));
        return new RecentItems(count, count == 0 ? Optional.empty() : oldest);
    }

    /** Enabled feeds failing since {@code before} or earlier, and how many feeds are disabled or gone. */
    public FailingFeeds failing(Instant before) {
        List<Long> ids = em.createNamedQuery("Feed.failingIds", Long.class).setParameter("before", before)
                .getResultList();
        long disabled = 0;
        long gone = 0;
        for (Object[] row : em.createNamedQuery("Feed.disabledByStatus", Object[].class).getResultList()) {
            long count = ((Number) row[1]).longValue();
            disabled += count;
            if (row[0] == FeedStatus.GONE) {
                gone += count;
            }
        }
        return new FailingFeeds(ids, disabled, gone);
    }

    /** MIN over a converted column: the provider may hand back the converted value or the raw column value. */
    private static Optional<Instant> instant(Object value) {
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        } else if (value instanceof Timestamp timestamp) {
            return Optional.of(timestamp.toInstant());
        } else if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        } else if (value != null) {
            throw new IllegalStateException("unexpected type of a MIN(date) result: " + value.getClass().getName());
        }
        return Optional.empty();
    }

    private static Optional<Instant> earlier(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isBefore(a.get()) ? b : a;
    }

    /** How many feeds are enabled and healthy, enabled and failing, and disabled: two counting queries. */
    public FeedCounts counts() {
        long enabled = 0;
        long disabled = 0;
        for (Object[] row : em.createQuery("SELECT f.enabled, COUNT(f) FROM Feed f GROUP BY f.enabled", Object[].class)
                .getResultList()) {
            if (Boolean.TRUE.equals(row[0])) {
                enabled = ((Number) row[1]).longValue();
            } else {
                disabled = ((Number) row[1]).longValue();
            }
        }
        long failing = em.createQuery("SELECT COUNT(f) FROM Feed f WHERE f.enabled = TRUE"
                + " AND f.health.failingSince IS NOT NULL", Long.class).getSingleResult();
        return new FeedCounts(enabled - failing, failing, disabled);
    }

    /** Enabled feeds now failing, longest-failing first. */
    public List<Feed> failingNow(int limit) {
        return em.createQuery("SELECT f FROM Feed f WHERE f.enabled = TRUE AND f.health.failingSince IS NOT NULL"
                + " ORDER BY f.health.failingSince, f.id", Feed.class).setMaxResults(limit).getResultList();
    }
}
