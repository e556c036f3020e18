package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender's claim statements ({@link OutboxLease}) on a real Derby database with the real schema: a row one
 * sender claimed is not taken by another, whether the other read it before or after the claim.
 */
class OutboxLeaseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T07:00:35Z");

    private String url;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @BeforeEach
    void schema() {
        url = "jdbc:derby:memory:lease-" + UUID.randomUUID();
        Flyway.configure().dataSource(url + ";create=true", null, null).locations("classpath:db/migration")
                .placeholders(Map.of("text", "CLOB")).load().migrate();
    }

    @AfterEach
    void drop() {
        threads.shutdownNow();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException dropped) {
            // Derby answers a drop with an exception
        }
    }

    @Test
    void aRowClaimedByOneSenderIsNotTakenByAnother() throws Exception {
        insertDue(3);
        try (Connection a = connection(); Connection b = connection()) {
            List<Long> seenByA = dueIds(a, NOW);
            List<Long> seenByB = dueIds(b, NOW); // both read the same rows before either claims
            assertEquals(seenByA, seenByB);
            assertEquals(seenByA, claim(a, seenByA, NOW));
            // B's claims wait for A's row locks; once A commits they find the rows no longer due.
            Future<List<Long>> bClaims = threads.submit(() -> {
                List<Long> got = claim(b, seenByB, NOW);
                b.commit();
                return got;
            });
            a.commit();
            assertEquals(List.of(), bClaims.get());
            assertEquals(List.of(), dueIds(b, NOW), "claimed rows are not due again within the lease");
            assertEquals(seenByA, dueIds(b, NOW.plus(OutboxLease.LEASE)), "after the lease (a crashed sender) they are");
            a.rollback();
            b.rollback();
        }
    }

    @Test
    void twoSendersDrainingAtOnceShareTheRowsWithoutOverlap() throws Exception {
        insertDue(60);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<Long>>> senders = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            senders.add(CompletableFuture.supplyAsync(() -> {
                try (Connection c = connection()) {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    List<Long> got;
                    do {
                        got = claim(c, dueIds(c, NOW, 7), NOW);
                        c.commit();
                        mine.addAll(got);
                    } while (!got.isEmpty() || !dueIds(c, NOW, 1).isEmpty());
                    c.rollback();
                    return mine;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, threads));
        }
        start.countDown();
        Set<Long> all = new HashSet<>();
        int total = 0;
        for (CompletableFuture<List<Long>> sender : senders) {
            List<Long> mine = sender.get();
            total += mine.size();
            all.addAll(mine);
        }
        assertEquals(60, all.size(), "every row was claimed");
        assertEquals(60, total, "and none twice");
    }

    private Connection connection() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return c;
    }

    private void insertDue(int count) throws SQLException {
        try (Connection c = connection(); PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_message"
                + " (digest_key, archive_id, kind, recipient, subject, message_id, body_html, body_text, entry_count,"
                + " status, attempts, next_attempt_at, created_at) VALUES (?, ?, 'NOW', 'r@example.org', 's', ?, 'h',"
                + " 't', 1, 'PENDING', 0, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String key = "now:1:" + i;
                insert.setString(1, key);
                insert.setString(2, OutboxMessage.archiveIdOf(key));
                insert.setString(3, "<" + i + "@localhost>");
                insert.setTimestamp(4, Timestamp.from(NOW.minusSeconds(count - i)));
                insert.setTimestamp(5, Timestamp.from(NOW.minusSeconds(count)));
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static List<Long> dueIds(Connection c, Instant now) throws SQLException {
        return dueIds(c, now, 1000);
    }

    private static List<Long> dueIds(Connection c, Instant now, int limit) throws SQLException {
        try (PreparedStatement due = c.prepareStatement(OutboxLease.DUE_IDS)) {
            due.setMaxRows(limit);
            due.setTimestamp(1, Timestamp.from(now));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = due.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static List<Long> claim(Connection c, List<Long> ids, Instant now) throws SQLException {
        List<Long> claimed = new ArrayList<>();
        try (PreparedStatement claim = c.prepareStatement(OutboxLease.CLAIM)) {
            for (long id : ids) {
                claim.setTimestamp(1, Timestamp.from(now.plus(OutboxLease.LEASE)));
                claim.setLong(2, id);
                claim.setTimestamp(3, Timestamp.from(now));
                if (claim.executeUpdate() == 1) {
                    claimed.add(id);
                }
            }
        }
        assertTrue(claimed.size() <= ids.size());
        return claimed;
    }
}
