package org.feedwatch.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.feedwatch.subscriber.Subscriber;

/**
 * The outbox table: recording messages, and the small transactions the sender needs around each send. The outcome
 * of a send and its effect on the subscriber (bounce count, pause) are written in one transaction.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** Reads a row as the database has it now, not as this server's entity cache remembers it. */
    private static final Map<String, Object> FRESH = Map.of("jakarta.persistence.cache.retrieveMode",
            jakarta.persistence.CacheRetrieveMode.BYPASS, "jakarta.persistence.cache.storeMode",
            jakarta.persistence.CacheStoreMode.REFRESH);

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
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .setHint("jakarta.persistence.cache.storeMode", jakarta.persistence.CacheStoreMode.REFRESH)
                .getResultStream().findFirst();
    }

    /** When the newest mail of one of these kinds was recorded for the subscriber (the sign-up's rate limit). */
    @Transactional
    public Optional<Instant> lastRecorded(long subscriberId, java.util.Collection<String> kinds) {
        return Optional.ofNullable(em.createNamedQuery("OutboxMessage.lastOfKinds", Instant.class)
                .setParameter("subscriberId", subscriberId).setParameter("kinds", List.copyOf(kinds))
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .getSingleResult());
    }

    /** A digest by the id in its archive URL. */
    @Transactional
    public Optional<OutboxMessage> byArchiveId(String archiveId) {
        return em.createNamedQuery("OutboxMessage.byArchiveId", OutboxMessage.class)
                .setParameter("archiveId", archiveId).getResultStream().findFirst();
    }

    @Transactional
    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id, FRESH));
    }

    /** Messages newest first, all of them or those with one status. */
    @Transactional
    public List<OutboxMessage> newest(Optional<OutboxStatus> status, int limit) {
        var query = status.isPresent()
                ? em.createNamedQuery("OutboxMessage.newestWithStatus", OutboxMessage.class)
                        .setParameter("status", status.get())
                : em.createNamedQuery("OutboxMessage.newest", OutboxMessage.class);
        return query.setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .setHint("jakarta.persistence.cache.storeMode", jakarta.persistence.CacheStoreMode.REFRESH)
                .setMaxResults(limit).getResultList();
    }

    /** How many messages have each status (every status present, 0 when none), and the oldest pending one's age. */
    @Transactional
    public Counts counts() {
        Map<OutboxStatus, Long> byStatus = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus s : OutboxStatus.values()) {
            byStatus.put(s, 0L);
        }
        for (Object[] row : em.createNamedQuery("OutboxMessage.countByStatus", Object[].class).getResultList()) {
            byStatus.put((OutboxStatus) row[0], ((Number) row[1]).longValue());
        }
        Instant oldest = em.createNamedQuery("OutboxMessage.oldestPending", Instant.class).getSingleResult();
        return new Counts(byStatus, Optional.ofNullable(oldest));
    }

    public record Counts(Map<OutboxStatus, Long> byStatus, Optional<Instant> oldestPendingCreatedAt) {
    }

    /**
     * Claims up to {@code limit} due messages for this sender (see {@link OutboxLease}) and returns only those this
     * call claimed: a message another sender claimed first is not in the list.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> takeDue(Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        List<Object> due = em.createNativeQuery(OutboxLease.DUE_IDS).setParameter(1, at).setMaxResults(limit)
                .getResultList();
        List<Long> claimed = new ArrayList<>();
        Timestamp until = Timestamp.from(now.plus(OutboxLease.LEASE));
        for (Object id : due) {
            long messageId = ((Number) id).longValue();
            int changed = em.createNativeQuery(OutboxLease.CLAIM).setParameter(1, until).setParameter(2, messageId)
                    .setParameter(3, at).executeUpdate();
            if (changed == 1) {
                claimed.add(messageId);
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("OutboxMessage.byIds", OutboxMessage.class).setParameter("ids", claimed)
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .setHint("jakarta.persistence.cache.storeMode", jakarta.persistence.CacheStoreMode.REFRESH)
                .getResultList();
    }

    /** Accepted by the server; the subscriber's run of bounces ends. */
    @Transactional
    public void markSent(long id, Instant now) {
        fresh(id).ifPresent(m -> {
            if (m.sent(now)) {
                subscriberOf(m).ifPresent(Subscriber::accepted);
            }
        });
    }

    /** Refused for now (4xx): tried again later, or failed when this was its last attempt. */
    @Transactional
    public void markRefusedForNow(long id, String answer, Instant now, RetryPolicy policy) {
        fresh(id).ifPresent(m -> m.refusedForNow(answer, now, policy));
    }

    /**
     * Refused for good (5xx): failed with the server's words. When the answer is about the address, it counts as a
     * hard bounce on the subscriber, who is paused at {@code maxHardBounces} in a row.
     */
    @Transactional
    public void markRefused(long id, String answer, boolean recipientBounce, int maxHardBounces) {
        fresh(id).ifPresent(m -> {
            m.refused(answer);
            if (recipientBounce) {
                subscriberOf(m).filter(s -> s.hardBounce(maxHardBounces, answer)).ifPresent(s -> LOG.warning(
                        () -> "Mail to subscriber " + s.id() + " is paused: " + s.pausedReason().orElse(answer)));
            }
        });
    }

    /** The server could not be reached: these messages were not tried and wait, due again at {@code when}. */
    @Transactional
    public void markWaiting(List<Long> ids, String error, Instant when) {
        ids.forEach(id -> fresh(id).ifPresent(m -> m.waiting(error, when)));
    }

    /** Fails pending messages recorded before {@code cutoff} (an outage that lasted too long); returns how many. */
    @Transactional
    public int expire(Instant cutoff, String reason) {
        List<OutboxMessage> stale = em.createNamedQuery("OutboxMessage.pendingCreatedBefore", OutboxMessage.class)
                .setParameter("cutoff", cutoff).getResultList();
        stale.forEach(m -> m.expired(reason));
        return stale.size();
    }

    /** A failed message goes back to pending, due now; empty when there is no such message. */
    @Transactional
    public Optional<OutboxMessage> retry(long id, Instant now) throws NotFailedException {
        Optional<OutboxMessage> message = fresh(id);
        if (message.isPresent() && !message.get().retry(now)) {
            throw new NotFailedException(id, message.get().status());
        }
        return message;
    }

    /** Only a failed message can be retried. */
    public static final class NotFailedException extends Exception {
        NotFailedException(long id, OutboxStatus status) {
            super("message " + id + " is " + status.name().toLowerCase() + ", not failed: only a failed message can"
                    + " be retried");
        }
    }

    private Optional<OutboxMessage> fresh(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id, FRESH));
    }

    private Optional<Subscriber> subscriberOf(OutboxMessage message) {
        return message.subscriberId().map(id -> em.find(Subscriber.class, id, FRESH));
    }

    /** Messages sent at or after {@code since}, and messages recorded since then that have failed. */
    @Transactional
    public SentAndFailed sentAndFailedSince(Instant since) {
        long sent = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :sent AND m.sentAt >= :since",
                Long.class).setParameter("sent", OutboxStatus.SENT).setParameter("since", since).getSingleResult();
        long failed = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :failed"
                + " AND m.createdAt >= :since", Long.class).setParameter("failed", OutboxStatus.FAILED)
                .setParameter("since", since).getSingleResult();
        return new SentAndFailed(sent, failed);
    }

    public record SentAndFailed(long sent, long failed) {
    }
}
