package org.feedwatch.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.feedwatch.delivery.OutboxStatus;

/**
 * The digests recorded for a subscriber, a page at a time by id (keyset), reading only the columns the list shows:
 * five years of daily digests are some 1,800 rows, and their bodies stay in the table.
 */
@ApplicationScoped
public class DigestArchive {

    private static final String COLUMNS = "SELECT m.id, m.archiveId, m.kind, m.subject, m.createdAt, m.sentAt,"
            + " m.entryCount, m.status FROM OutboxMessage m WHERE m.subscriberId = :s AND " + DigestArchive.DIGESTS;

    /** Digests only: the sign-up's confirmation and notice mails are in the outbox too, but are no digests. */
    private static final String DIGESTS = "(m.kind IS NULL OR m.kind NOT IN ('CONFIRM', 'NOTICE'))";

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    /** The newest page. */
    @Transactional
    public ArchivePage newest(long subscriberId, int size) {
        return page(subscriberId, rows(COLUMNS + " ORDER BY m.id DESC", subscriberId, null, size));
    }

    /** The page of digests older than {@code id}. */
    @Transactional
    public ArchivePage before(long subscriberId, long id, int size) {
        return page(subscriberId, rows(COLUMNS + " AND m.id < :id ORDER BY m.id DESC", subscriberId, id, size));
    }

    /** The page of digests newer than {@code id}: the ones just above it, shown newest first. */
    @Transactional
    public ArchivePage after(long subscriberId, long id, int size) {
        List<ArchivedDigest> ascending = rows(COLUMNS + " AND m.id > :id ORDER BY m.id ASC", subscriberId, id, size);
        List<ArchivedDigest> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        return page(subscriberId, descending);
    }

    private ArchivePage page(long subscriberId, List<ArchivedDigest> digests) {
        if (digests.isEmpty()) {
            return new ArchivePage(digests, Optional.empty(), Optional.empty());
        }
        long first = digests.get(0).id();
        long last = digests.get(digests.size() - 1).id();
        return new ArchivePage(digests, exists(subscriberId, "m.id > :id", first) ? Optional.of(first) : Optional.empty(),
                exists(subscriberId, "m.id < :id", last) ? Optional.of(last) : Optional.empty());
    }

    private boolean exists(long subscriberId, String condition, long id) {
        return !em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.subscriberId = :s AND " + DIGESTS
                + " AND " + condition, Long.class)
                .setParameter("s", subscriberId).setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    private List<ArchivedDigest> rows(String jpql, long subscriberId, Long id, int size) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("s", subscriberId);
        if (id != null) {
            query.setParameter("id", id);
        }
        return query.setMaxResults(size).getResultList().stream().map(DigestArchive::digest).toList();
    }

    private static ArchivedDigest digest(Object[] row) {
        return new ArchivedDigest((Long) row[0], row[1] == null ? "" : (String) row[1],
                row[2] == null ? "DAILY" : (String) row[2], (String) row[3], (Instant) row[4],
                Optional.ofNullable((Instant) row[5]), (Integer) row[6], (OutboxStatus) row[7]);
    }
}
