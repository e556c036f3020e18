package org.feedwatch.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reading the outbox a page at a time, for people: the console's list and a subscriber's recent mail. */
@ApplicationScoped
public class OutboxListing {

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    /**
     * One page of messages, newest first, older than the message {@code before} (keyset paging: a page costs the
     * same wherever it is), all of them or those with one status. Read past the entity cache, as the sender
     * changes rows behind it.
     */
    @Transactional
    public List<OutboxMessage> page(Optional<OutboxStatus> status, long before, int limit) {
        var query = status.isPresent()
                ? em.createNamedQuery("OutboxMessage.pageWithStatusBefore", OutboxMessage.class)
                        .setParameter("status", status.get())
                : em.createNamedQuery("OutboxMessage.pageBefore", OutboxMessage.class);
        return query.setParameter("before", before)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH)
                .setMaxResults(limit).getResultList();
    }

    /** A subscriber's newest messages. */
    @Transactional
    public List<OutboxMessage> newestOf(long subscriberId, int limit) {
        return em.createNamedQuery("OutboxMessage.newestOfSubscriber", OutboxMessage.class)
                .setParameter("subscriberId", subscriberId)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH)
                .setMaxResults(limit).getResultList();
    }
}
