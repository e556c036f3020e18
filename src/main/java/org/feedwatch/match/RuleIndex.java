package org.feedwatch.match;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.feedwatch.rule.ItemAnalyzers;
import org.feedwatch.rule.ItemFields;
import org.feedwatch.rule.RuleQuery;

/**
 * All active rules in one in-memory Lucene {@link Monitor}, matched against items one at a time.
 *
 * <p>The monitor's presearcher indexes each rule by its terms, so an item is only checked against rules
 * that share terms with it: a two-pass presearcher (a rule that needs several words is a candidate only for
 * items that hold two of them), prefixes indexed by their first letters ({@link PrefixKeys}) and the item's
 * side done with cached posting lists ({@link CandidatePresearcher}). Items are matched one by one, each in Lucene's
 * single-document index: with a selective presearcher that beats matching batches, whose candidates are the
 * union of every item's (BENCHMARKS.md). {@link #bruteForce()} builds an index that checks every rule against
 * every item, to measure what the presearcher saves. Thread-safe: matching runs concurrently, changes to the
 * rules wait for running matches and are visible to every match that starts after they return.
 *
 * <p>The monitor lives in memory only: the rules' source of truth is elsewhere and is loaded at start.
 * Storage errors of an in-memory index are bugs, so they surface as {@link UncheckedIOException}.
 */
public final class RuleIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(RuleIndex.class.getName());

    /**
     * Rule queries per {@link Monitor#register} call. Each call commits a new segment of the rule index, and
     * every matched item looks its words up in every segment, so a bulk load goes in as few calls as memory
     * allows.
     */
    static final int REGISTER_BATCH = 100_000;
    /** Items matched per hold of the read lock, so that a rule update never waits for a long list of items. */
    static final int MATCH_BATCH = 256;
    /** Presearcher passes: a rule that needs several words is a candidate only for items with two of them. */
    private static final int PRESEARCH_PASSES = 2;

    private final Monitor monitor;
    /** Monitor query ids of each rule: the rule id alone, or {@code id/n} for each of several queries. */
    private final Map<Long, List<String>> monitorIdsOfRule = new HashMap<>();
    /** What a hit on a monitor query means, for the queries that say (see {@link RuleQuery#meaning()}). */
    private final Map<String, String> meaningOf = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** An index that uses the term-filtering presearcher described above. */
    public RuleIndex() {
        this(new CandidatePresearcher(PRESEARCH_PASSES, Set.of(ItemFields.TITLE_EXACT, ItemFields.SUMMARY_EXACT)));
    }

    private RuleIndex(Presearcher presearcher) {
        // The rule index is read for every item; a directory whose files are one buffer each makes the many
        // small reads cheap (the default splits files into blocks that every reader clone copies).
        MonitorConfiguration configuration = new MonitorConfiguration().setDirectoryProvider(
                () -> new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER), null);
        try {
            monitor = new Monitor(ItemAnalyzers.forItems(), presearcher, configuration);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the in-memory rule monitor", e);
        }
    }

    /** An index without presearcher filtering: every rule is run against every item (for benchmarks). */
    public static RuleIndex bruteForce() {
        return new RuleIndex(Presearcher.NO_FILTERING);
    }

    /** Registers a rule of one plain query, or replaces the rule with the same id. */
    public void put(long ruleId, Query query) {
        putRules(Map.of(ruleId, List.of(RuleQuery.plain(query))));
    }

    /** Registers or replaces many rules of one plain query each. */
    public void putAll(Map<Long, Query> rules) {
        Map<Long, List<RuleQuery>> compiled = new HashMap<>();
        rules.forEach((id, query) -> compiled.put(id, List.of(RuleQuery.plain(query))));
        putRules(compiled);
    }

    /** Registers or replaces many rules, each of one or more queries, a few thousand queries per update. */
    public void putRules(Map<Long, List<RuleQuery>> rules) {
        List<MonitorQuery> all = new ArrayList<>(rules.size());
        Map<Long, List<String>> ids = new HashMap<>();
        Map<String, String> meanings = new HashMap<>();
        for (Map.Entry<Long, List<RuleQuery>> rule : rules.entrySet()) {
            long ruleId = Objects.requireNonNull(rule.getKey(), "rule id");
            List<RuleQuery> queries = rule.getValue();
            if (queries.isEmpty()) {
                throw new IllegalArgumentException("rule " + ruleId + " has no query");
            }
            List<String> monitorIds = new ArrayList<>(queries.size());
            for (int n = 0; n < queries.size(); n++) {
                String monitorId = queries.size() == 1 ? Long.toString(ruleId) : ruleId + "/" + n;
                all.add(new MonitorQuery(monitorId, queries.get(n).query()));
                monitorIds.add(monitorId);
                if (!queries.get(n).meaning().isEmpty()) {
                    meanings.put(monitorId, queries.get(n).meaning());
                }
            }
            ids.put(ruleId, monitorIds);
        }
        lock.writeLock().lock();
        try {
            for (Long ruleId : ids.keySet()) {
                forget(ruleId);
            }
            for (int from = 0; from < all.size(); from += REGISTER_BATCH) {
                monitor.register(all.subList(from, Math.min(all.size(), from + REGISTER_BATCH)));
            }
            monitorIdsOfRule.putAll(ids);
            meaningOf.putAll(meanings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register rules in the in-memory monitor", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets a rule; nothing happens if it is not registered. */
    public void remove(long ruleId) {
        lock.writeLock().lock();
        try {
            forget(ruleId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove rule " + ruleId + " from the in-memory monitor", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Drops every query of a rule; the caller holds the write lock. */
    private void forget(long ruleId) throws IOException {
        List<String> monitorIds = monitorIdsOfRule.remove(ruleId);
        if (monitorIds != null) {
            monitor.deleteById(monitorIds);
            monitorIds.forEach(meaningOf::remove);
        }
    }

    /** The number of registered rules. */
    public int size() {
        lock.readLock().lock();
        try {
            return monitorIdsOfRule.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** For each item, in the same order, the rules it matched (ordered by rule id). */
    public List<List<RuleHit>> match(List<MatchableItem> items) {
        List<List<RuleHit>> result = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += MATCH_BATCH) {
            lock.readLock().lock();
            try {
                for (MatchableItem item : items.subList(from, Math.min(items.size(), from + MATCH_BATCH))) {
                    result.add(hits(matchOne(item).getMatches(), item));
                }
            } finally {
                lock.readLock().unlock();
            }
        }
        return List.copyOf(result);
    }

    /** Matches under the read lock, so the meanings read afterwards belong to the same rules. */
    private MatchingQueries<RuleMatch> matchOne(MatchableItem item) {
        MatchingQueries<RuleMatch> matches;
        try {
            matches = monitor.match(ItemFields.toDocument(item.title(), item.summary()), RuleMatch.MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot match items in the in-memory monitor", e);
        }
        // A rule that fails on some text must not hide the other rules' hits; it is reported instead.
        matches.getErrors().forEach((queryId, error) ->
                LOG.log(Level.WARNING, "rule query " + queryId + " failed to match and was skipped", error));
        return matches;
    }

    /** One hit per rule, however many of its queries matched: their evidence is merged. */
    private List<RuleHit> hits(Collection<RuleMatch> matches, MatchableItem item) {
        Map<Long, List<RuleMatch>> byRule = new TreeMap<>();
        for (RuleMatch match : matches) {
            byRule.computeIfAbsent(ruleIdOf(match.getQueryId()), id -> new ArrayList<>()).add(match);
        }
        List<RuleHit> hits = new ArrayList<>(byRule.size());
        byRule.forEach((ruleId, ruleMatches) -> {
            List<String> meanings = ruleMatches.stream().map(m -> meaningOf.get(m.getQueryId()))
                    .filter(Objects::nonNull).distinct().toList();
            hits.add(MatchEvidence.of(ruleMatches, item).hit(ruleId, meanings));
        });
        return List.copyOf(hits);
    }

    private static long ruleIdOf(String monitorId) {
        int slash = monitorId.indexOf('/');
        return Long.parseLong(slash < 0 ? monitorId : monitorId.substring(0, slash));
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
