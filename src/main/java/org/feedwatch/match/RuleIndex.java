package org.feedwatch.match;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.Query;
import org.feedwatch.rule.ItemAnalyzers;
import org.feedwatch.rule.ItemFields;

/**
 * All active rules in one in-memory Lucene {@link Monitor}, matched against batches of items.
 *
 * <p>The monitor's presearcher indexes each rule by its terms, so an item is only checked against rules
 * that share a term with it; {@link #bruteForce()} builds an index that checks every rule against every
 * item, to measure what the presearcher saves. Thread-safe: matching runs concurrently, changes to the
 * rules wait for running matches and are visible to every match that starts after they return.
 *
 * <p>The monitor lives in memory only: the rules' source of truth is elsewhere and is loaded at start.
 * Storage errors of an in-memory index are bugs, so they surface as {@link UncheckedIOException}.
 */
public final class RuleIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(RuleIndex.class.getName());

    /** Rules per {@link Monitor#register} call: each call commits and refreshes the index. */
    static final int REGISTER_BATCH = 2_000;
    /** Items per {@link Monitor#match} call, which indexes its items into a temporary index. */
    static final int MATCH_BATCH = 256;

    private static final Comparator<RuleHit> BY_RULE_ID = Comparator.comparingLong(RuleHit::ruleId);

    private final Monitor monitor;
    private final Set<Long> ruleIds = new HashSet<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** An index that uses Lucene's term-filtering presearcher. */
    public RuleIndex() {
        this(new TermFilteredPresearcher());
    }

    private RuleIndex(Presearcher presearcher) {
        try {
            monitor = new Monitor(ItemAnalyzers.forItems(), presearcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the in-memory rule monitor", e);
        }
    }

    /** An index without presearcher filtering: every rule is run against every item (for benchmarks). */
    public static RuleIndex bruteForce() {
        return new RuleIndex(Presearcher.NO_FILTERING);
    }

    /** Registers a rule, or replaces the rule with the same id. */
    public void put(long ruleId, Query query) {
        Objects.requireNonNull(query, "query");
        putAll(Map.of(ruleId, query));
    }

    /** Registers or replaces many rules, a few thousand per monitor update. */
    public void putAll(Map<Long, Query> rules) {
        List<MonitorQuery> all = new ArrayList<>(rules.size());
        for (Map.Entry<Long, Query> rule : rules.entrySet()) {
            long ruleId = Objects.requireNonNull(rule.getKey(), "rule id");
            all.add(new MonitorQuery(Long.toString(ruleId), Objects.requireNonNull(rule.getValue(), "query")));
        }
        lock.writeLock().lock();
        try {
            for (int from = 0; from < all.size(); from += REGISTER_BATCH) {
                register(all.subList(from, Math.min(all.size(), from + REGISTER_BATCH)));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void register(List<MonitorQuery> batch) {
        try {
            monitor.register(batch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register rules in the in-memory monitor", e);
        }
        batch.forEach(q -> ruleIds.add(Long.parseLong(q.getId())));
    }

    /** Forgets a rule; nothing happens if it is not registered. */
    public void remove(long ruleId) {
        lock.writeLock().lock();
        try {
            if (ruleIds.remove(ruleId)) {
                monitor.deleteById(Long.toString(ruleId));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove rule " + ruleId + " from the in-memory monitor", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The number of registered rules. */
    public int size() {
        lock.readLock().lock();
        try {
            return ruleIds.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** For each item, in the same order, the rules it matched (ordered by rule id). */
    public List<List<RuleHit>> match(List<MatchableItem> items) {
        List<List<RuleHit>> result = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += MATCH_BATCH) {
            List<MatchableItem> batch = items.subList(from, Math.min(items.size(), from + MATCH_BATCH));
            MultiMatchingQueries<HighlightsMatch> matches = matchBatch(batch);
            for (int i = 0; i < batch.size(); i++) {
                result.add(hits(matches.getMatches(i), batch.get(i)));
            }
        }
        return List.copyOf(result);
    }

    private MultiMatchingQueries<HighlightsMatch> matchBatch(List<MatchableItem> batch) {
        Document[] docs = batch.stream()
                .map(item -> ItemFields.toDocument(item.title(), item.summary()))
                .toArray(Document[]::new);
        MultiMatchingQueries<HighlightsMatch> matches;
        lock.readLock().lock();
        try {
            matches = monitor.match(docs, HighlightsMatch.MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot match items in the in-memory monitor", e);
        } finally {
            lock.readLock().unlock();
        }
        // A rule that fails on some text must not hide the other rules' hits; it is reported instead.
        matches.getErrors().forEach((ruleId, error) ->
                LOG.log(Level.WARNING, "rule " + ruleId + " failed to match and was skipped", error));
        return matches;
    }

    private static List<RuleHit> hits(Collection<HighlightsMatch> matches, MatchableItem item) {
        List<RuleHit> hits = new ArrayList<>(matches.size());
        for (HighlightsMatch match : matches) {
            hits.add(new RuleHit(Long.parseLong(match.getQueryId()), MatchedTerms.of(match, item)));
        }
        hits.sort(BY_RULE_ID);
        return List.copyOf(hits);
    }

    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            monitor.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
