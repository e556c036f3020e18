package org.feedwatch.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A rule's match in one item, with the offsets of the words that made it match: what Lucene's
 * {@link org.apache.lucene.monitor.HighlightsMatch} reports, found more cheaply.
 *
 * <p>HighlightsMatch's matcher asks {@link Weight#matches} of every item of a batch for every candidate
 * rule, so a batch costs candidates × batch size of those calls, nearly all of them for items the rule
 * does not match (BENCHMARKS.md). {@link #MATCHER} first runs the rule's query as an ordinary search over
 * the batch, whose scorers skip through the postings to the items that match, and asks {@code matches}
 * only of those.
 */
final class RuleMatch extends QueryMatch {

    /** Where one matched word or phrase is: the index field and offsets into the text it was built from. */
    record Hit(String field, int startOffset, int endOffset) {
    }

    static final MatcherFactory<RuleMatch> MATCHER = searcher -> {
        // The searcher reads one item's index, each candidate rule once: caching the rules' results there only
        // costs the bookkeeping.
        searcher.setQueryCache(null);
        return matcher(searcher);
    };

    private static CandidateMatcher<RuleMatch> matcher(IndexSearcher searcher) {
        return new CandidateMatcher<>(searcher) {

            @Override
            protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata)
                    throws IOException {
                Weight weight = searcher.createWeight(searcher.rewrite(matchQuery), ScoreMode.COMPLETE_NO_SCORES, 1);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    DocIdSetIterator docs = matchingDocs(weight, leaf);
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        Matches matches = weight.matches(leaf, doc);
                        if (matches != null) {
                            addMatch(of(queryId, matches), leaf.docBase + doc);
                        }
                    }
                }
            }

            @Override
            public RuleMatch resolve(RuleMatch first, RuleMatch second) {
                List<Hit> both = new ArrayList<>(first.hits);
                both.addAll(second.hits);
                return new RuleMatch(first.getQueryId(), both);
            }
        };
    }

    private final List<Hit> hits;

    private RuleMatch(String queryId, List<Hit> hits) {
        super(queryId);
        this.hits = List.copyOf(hits);
    }

    /** Where the words that made the rule match are, in no particular order, possibly repeated. */
    List<Hit> hits() {
        return hits;
    }

    private static DocIdSetIterator matchingDocs(Weight weight, LeafReaderContext leaf) throws IOException {
        BulkScorer scorer = weight.bulkScorer(leaf);
        if (scorer == null) {
            return DocIdSetIterator.empty();
        }
        FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
        scorer.score(new LeafCollector() {
            @Override
            public void setScorer(Scorable scorable) {
                // matching only: scores are not needed
            }

            @Override
            public void collect(int doc) {
                docs.set(doc);
            }
        }, leaf.reader().getLiveDocs());
        return new BitSetIterator(docs, docs.cardinality());
    }

    /** As HighlightsMatch builds its hits: the finest match positions, sub-matches where a query has them. */
    private static RuleMatch of(String queryId, Matches matches) throws IOException {
        List<Hit> hits = new ArrayList<>();
        for (String field : matches) {
            MatchesIterator match = matches.getMatches(field);
            while (match != null && match.next()) {
                MatchesIterator sub = match.getSubMatches();
                if (sub == null) {
                    hits.add(new Hit(field, match.startOffset(), match.endOffset()));
                } else {
                    while (sub.next()) {
                        hits.add(new Hit(field, sub.startOffset(), sub.endOffset()));
                    }
                }
            }
        }
        return new RuleMatch(queryId, hits);
    }
}
