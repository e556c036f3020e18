package org.feedwatch.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table: recording messages, and the small transactions the sender needs around each send. */
@ApplicationScoped
public class Outbox {

    /** How long a taken batch is hidden from another sender; a send sets the real outcome well before. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    /** Records a message in the caller's transaction; the digest key's unique constraint stops a second one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage record(OutboxMessage message) {
        em.persist(message);
        em.flush();
        return message;
    }

    @Transactional
    public Optional<OutboxMessage> byDigestKey(String key) {
        return em.createNamedQuery("OutboxMessage.byKey", OutboxMessage.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** A digest by the id in its archive URL. */
    @Transactional
    public Optional<OutboxMessage> byArchiveId(String archiveId) {
        return em.createNamedQuery("OutboxMessage.byArchiveId", OutboxMessage.class)
                .setParameter("archiveId", archiveId).getResultStream().findFirst();
    }

    @Transactional
    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /** The digests recorded for a subscriber, newest first: their archive. */
    @Transactional
    public List<OutboxMessage> forSubscriber(long subscriberId, int limit) {
        return em.createNamedQuery("OutboxMessage.bySubscriber", OutboxMessage.class)
                .setParameter("subscriberId", subscriberId).setMaxResults(limit).getResultList();
    }

    /** Takes up to {@code limit} messages that are due and leases them to this sender. */
    @Transactional
    public List<OutboxMessage> takeDue(Instant now, int limit) {
        List<Long> ids = em.createNamedQuery("OutboxMessage.dueIds", Long.class).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<OutboxMessage> batch = em.createNamedQuery("OutboxMessage.byIds", OutboxMessage.class)
                .setParameter("ids", ids).getResultList();
        em.createQuery("UPDATE OutboxMessage m SET m.nextAttemptAt = :until WHERE m.id IN :ids")
                .setParameter("until", now.plus(LEASE)).setParameter("ids", ids).executeUpdate();
        return batch;
    }

    @Transactional
    public void markSent(long id, Instant now) {
        find(id).ifPresent(m -> m.sent(now));
    }

    @Transactional
    public void markFailed(long id, String error, boolean permanent, Instant now, int maxAttempts) {
        find(id).ifPresent(m -> {
            if (permanent) {
                m.failedPermanently(error);
            } else {
                m.failedTransiently(error, now, maxAttempts, Duration.ofMinutes(1), Duration.ofHours(6));
            }
        });
    }
}
