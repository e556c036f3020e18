package org.feedwatch.bench.feeds;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.feedwatch.feed.ItemContent;
import org.feedwatch.feed.TextListConverter;
import org.feedwatch.ingest.DedupKey;
import org.feedwatch.ingest.ParsedEnclosure;
import org.feedwatch.ingest.ParsedItem;
import org.flywaydb.core.Flyway;

/**
 * Stores polled items the way {@code IngestService.stored} / {@code ItemStore.store} do, but with plain JDBC into
 * embedded Derby on disk, migrated by the application's own Flyway scripts: per feed one transaction that reads the
 * feed row, asks which of the batch's dedup keys are known (one query), inserts each new item (one statement per
 * item with its generated id, as JPA does for IDENTITY ids) and its enclosures, and updates the feed row. A 304
 * reads and updates the feed row in its own transaction. Left out: JPA's entity handling, the rule matcher
 * (Lucene) that runs in the same transaction, revisions of changed items (the corpus never changes an item), the
 * connection pool (one connection per thread) and the schedule computation. One instance serves all threads.
 */
final class JdbcItemStore implements AutoCloseable {

    private static final TextListConverter LABELS = new TextListConverter();
    private static final String INSERT_ITEM = "INSERT INTO item (feed_id, dedup_key, guid, link, title,"
            + " summary_text, summary_html, content_html, authors, categories, thumbnail_url, content_version,"
            + " published_at, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ENCLOSURE = "INSERT INTO item_enclosure (item_id, entry_index, url,"
            + " media_type, length_bytes) VALUES (?, ?, ?, ?, ?)";

    private final String url;
    private final ThreadLocal<Connection> connections;
    private final List<Connection> opened = new CopyOnWriteArrayList<>();

    JdbcItemStore(Path directory) {
        this.url = "jdbc:derby:" + directory.toAbsolutePath() + ";create=true";
        Flyway.configure(JdbcItemStore.class.getClassLoader()).dataSource(url, "", "")
                .locations("classpath:db/migration").placeholders(Map.of("text", "CLOB"))
                .load().migrate();
        this.connections = ThreadLocal.withInitial(this::open);
    }

    private Connection open() {
        try {
            Connection connection = DriverManager.getConnection(url);
            connection.setAutoCommit(false);
            opened.add(connection);
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + url + ": " + e.getMessage(), e);
        }
    }

    /** Adds feed rows with ids {@code first .. first + count - 1}. */
    void addFeeds(long first, int count, Instant now) throws SQLException {
        Connection connection = connections.get();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feed (id, url, poll_minutes,"
                + " enabled, consecutive_errors, next_poll_at, created_at) VALUES (?, ?, 60, TRUE, 0, ?, ?)")) {
            for (long id = first; id < first + count; id++) {
                insert.setLong(1, id);
                insert.setString(2, "http://127.0.0.1/feeds/" + id + ".xml");
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setTimestamp(4, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    /**
     * Fills the database with items already seen, quickly (batched, one transaction per 100 feeds), so that a
     * measured cycle finds them known, as the server would after earlier polls. Item rows only (no enclosures):
     * the lookup reads only keys. Not measured.
     */
    void seed(Map<Long, List<ParsedItem>> itemsByFeed, Instant now) throws SQLException {
        Connection connection = connections.get();
        int feeds = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ITEM)) {
            for (Map.Entry<Long, List<ParsedItem>> feed : itemsByFeed.entrySet()) {
                Set<String> keys = new HashSet<>();
                for (ParsedItem item : feed.getValue()) {
                    String key = DedupKey.of(item);
                    if (keys.add(key)) {
                        bindItem(insert, feed.getKey(), key, item, now);
                        insert.addBatch();
                    }
                }
                if (++feeds % 100 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    /** Stores a fetched feed; returns how many items were new. */
    int stored(long feedId, String title, String etag, List<ParsedItem> items, Instant now) throws SQLException {
        Connection connection = connections.get();
        try {
            readFeed(connection, feedId);
            Map<String, ParsedItem> byKey = new LinkedHashMap<>();
            for (ParsedItem item : items) {
                byKey.putIfAbsent(DedupKey.of(item), item);
            }
            Set<String> known = knownKeys(connection, feedId, byKey.keySet());
            int added = 0;
            for (Map.Entry<String, ParsedItem> entry : byKey.entrySet()) {
                if (!known.contains(entry.getKey())) {
                    insertItem(connection, feedId, entry.getKey(), entry.getValue(), now);
                    added++;
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE feed SET title = ?, etag = ?,"
                    + " last_fetch_at = ?, last_success_at = ?, last_status = 'OK', last_http_status = 200,"
                    + " fetch_count = fetch_count + 1, next_poll_at = ? WHERE id = ?")) {
                update.setString(1, title);
                update.setString(2, etag);
                update.setTimestamp(3, Timestamp.from(now));
                update.setTimestamp(4, Timestamp.from(now));
                update.setTimestamp(5, Timestamp.from(now.plusSeconds(3_600)));
                update.setLong(6, feedId);
                update.executeUpdate();
            }
            connection.commit();
            return added;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Records a 304 on the feed row. */
    void notModified(long feedId, Instant now) throws SQLException {
        Connection connection = connections.get();
        try {
            readFeed(connection, feedId);
            try (PreparedStatement update = connection.prepareStatement("UPDATE feed SET last_fetch_at = ?,"
                    + " last_success_at = ?, last_status = 'NOT_MODIFIED', last_http_status = 304,"
                    + " fetch_count = fetch_count + 1, not_modified_count = not_modified_count + 1,"
                    + " next_poll_at = ? WHERE id = ?")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setTimestamp(2, Timestamp.from(now));
                update.setTimestamp(3, Timestamp.from(now.plusSeconds(3_600)));
                update.setLong(4, feedId);
                update.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void readFeed(Connection connection, long feedId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT * FROM feed WHERE id = ?")) {
            find.setLong(1, feedId);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("feed " + feedId + " is not in the database");
                }
            }
        }
    }

    private static Set<String> knownKeys(Connection connection, long feedId, Set<String> keys) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement("SELECT dedup_key, content_version FROM item"
                + " WHERE feed_id = ? AND dedup_key IN (" + marks + ")")) {
            query.setLong(1, feedId);
            int index = 2;
            for (String key : keys) {
                query.setString(index++, key);
            }
            Set<String> known = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    known.add(rows.getString(1));
                }
            }
            return known;
        }
    }

    private static void insertItem(Connection connection, long feedId, String key, ParsedItem item, Instant now)
            throws SQLException {
        long itemId;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ITEM, Statement.RETURN_GENERATED_KEYS)) {
            bindItem(insert, feedId, key, item, now);
            insert.executeUpdate();
            try (ResultSet ids = insert.getGeneratedKeys()) {
                ids.next();
                itemId = ids.getLong(1);
            }
        }
        insertEnclosures(connection, itemId, item.enclosures());
    }

    private static void bindItem(PreparedStatement insert, long feedId, String key, ParsedItem item, Instant now)
            throws SQLException {
        String version = new ItemContent(item.guid(), item.link(), item.title(), item.summaryText(),
                item.summaryHtml(), item.contentHtml(), item.published(), item.authors(), item.categories(),
                List.of(), item.thumbnail()).version();
        insert.setLong(1, feedId);
        insert.setString(2, key);
        insert.setString(3, item.guid().orElse(null));
        insert.setString(4, item.link().orElse(null));
        insert.setString(5, item.title());
        insert.setString(6, item.summaryText());
        insert.setString(7, item.summaryHtml());
        insert.setString(8, item.contentHtml());
        insert.setString(9, LABELS.convertToDatabaseColumn(item.authors()));
        insert.setString(10, LABELS.convertToDatabaseColumn(item.categories()));
        insert.setString(11, item.thumbnail().orElse(null));
        insert.setString(12, version);
        insert.setTimestamp(13, item.published().map(Timestamp::from).orElse(null));
        insert.setTimestamp(14, Timestamp.from(now));
    }

    private static void insertEnclosures(Connection connection, long itemId, List<ParsedEnclosure> enclosures)
            throws SQLException {
        if (!enclosures.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ENCLOSURE)) {
                for (int i = 0; i < enclosures.size(); i++) {
                    ParsedEnclosure enclosure = enclosures.get(i);
                    insert.setLong(1, itemId);
                    insert.setInt(2, i);
                    insert.setString(3, enclosure.url());
                    insert.setString(4, enclosure.mediaType().orElse(null));
                    insert.setObject(5, enclosure.length().isPresent() ? enclosure.length().getAsLong() : null,
                            java.sql.Types.BIGINT);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    @Override
    public void close() {
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing at the end of the run: nothing left to protect
            }
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException e) {
            // Derby reports a clean shutdown as an SQLException (XJ015)
        }
    }
}
