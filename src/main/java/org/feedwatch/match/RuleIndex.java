package org.feedwatch.match;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * every item, to measure what the presearcher saves. Rules with equal queries share one monitor query
 * ({@link SharedQueries}). Thread-safe: matching runs concurrently, changes to the
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
    /** The rules' queries, each distinct one registered in the monitor once. */
    private final SharedQueries queries = new SharedQueries();
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

    /** Registers or replaces many rules, each of one or more queries. */
    public void putRules(Map<Long, List<RuleQuery>> rules) {
        rules.forEach((ruleId, queries) -> {
            Objects.requireNonNull(ruleId, "rule id");
            if (queries.isEmpty()) {
                throw new IllegalArgumentException("rule " + ruleId + " has no query");
            }
        });
        lock.writeLock().lock();
        try {
            apply(queries.put(rules));
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
            apply(queries.remove(ruleId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove rule " + ruleId + " from the in-memory monitor", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Brings the monitor in line with a change of the shared queries; the caller holds the write lock. */
    private void apply(SharedQueries.Change change) throws IOException {
        if (!change.removed().isEmpty()) {
            monitor.deleteById(change.removed());
        }
        List<MonitorQuery> added = change.added();
        for (int from = 0; from < added.size(); from += REGISTER_BATCH) {
            monitor.register(added.subList(from, Math.min(added.size(), from + REGISTER_BATCH)));
        }
    }

    /** The number of registered rules. */
    public int size() {
        lock.readLock().lock();
        try {
            return queries.rules();
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
        matches.getErrors().forEach((queryId, error) -> LOG.log(Level.WARNING, "rule query " + queryId + " of rules "
                + queries.owners(queryId).stream().map(SharedQueries.Owner::ruleId).distinct().toList()
                + " failed to match and was skipped", error));
        return matches;
    }

    /**
     * One hit per rule, however many of its queries matched: their evidence is merged. Rules that matched through
     * the same queries (followers of one topic) share the evidence, computed once.
     */
    private List<RuleHit> hits(Collection<RuleMatch> matches, MatchableItem item) {
        Map<Long, List<RuleMatch>> byRule = new TreeMap<>();
        Map<Long, Set<String>> meanings = new HashMap<>();
        for (RuleMatch match : matches) {
            for (SharedQueries.Owner owner : queries.owners(match.getQueryId())) {
                byRule.computeIfAbsent(owner.ruleId(), id -> new ArrayList<>()).add(match);
                if (!owner.meaning().isEmpty()) {
                    meanings.computeIfAbsent(owner.ruleId(), id -> new LinkedHashSet<>()).add(owner.meaning());
                }
            }
        }
        Map<List<RuleMatch>, MatchEvidence> evidence = new HashMap<>();
        List<RuleHit> hits = new ArrayList<>(byRule.size());
        byRule.forEach((ruleId, ruleMatches) -> hits.add(evidence
                .computeIfAbsent(ruleMatches, m -> MatchEvidence.of(m, item))
                .hit(ruleId, List.copyOf(meanings.getOrDefault(ruleId, Set.of())))));
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
