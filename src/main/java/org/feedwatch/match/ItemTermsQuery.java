package org.feedwatch.match;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The rules an item selects in the rule index of a {@link CandidatePresearcher}: in every pass, a rule indexed
 * by one of the item's words; or a rule that could not be indexed by words at all ("any token").
 */
final class ItemTermsQuery extends Query {

    private final Map<String, List<BytesRef>> words;
    private final TermPostingsCache cache;

    ItemTermsQuery(Map<String, List<BytesRef>> words, TermPostingsCache cache) {
        this.words = words;
        this.cache = cache;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                FixedBitSet selected = selected(context);
                return selected == null ? null : new ConstantScoreScorer(this, score(), scoreMode,
                        new BitSetIterator(selected, selected.cardinality()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;   // a new item every time
            }
        };
    }

    /** The selected rule documents of one segment, or null if none. */
    private FixedBitSet selected(LeafReaderContext context) throws IOException {
        int maxDoc = context.reader().maxDoc();
        if (maxDoc == 0) {
            return null;
        }
        TermPostingsCache.Segment segment = cache.segment(context.reader());
        FixedBitSet[] passes = null;
        for (Map.Entry<String, List<BytesRef>> field : words.entrySet()) {
            TermPostingsCache.SegmentField cached = segment.field(field.getKey());
            for (BytesRef word : field.getValue()) {
                int[][] postings = cached.postings(word);
                if (passes == null) {
                    passes = new FixedBitSet[postings.length];
                    for (int pass = 0; pass < passes.length; pass++) {
                        passes[pass] = new FixedBitSet(maxDoc);
                    }
                }
                for (int pass = 0; pass < postings.length; pass++) {
                    for (int doc : postings[pass]) {
                        passes[pass].set(doc);
                    }
                }
            }
        }
        FixedBitSet selected = passes == null ? new FixedBitSet(maxDoc) : passes[0];
        for (int pass = 1; passes != null && pass < passes.length; pass++) {
            selected.and(passes[pass]);
        }
        for (int doc : segment.anyToken()) {
            selected.set(doc);
        }
        return selected.nextSetBit(0) == BitSetIterator.NO_MORE_DOCS ? null : selected;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String defaultField) {
        return "itemTerms(" + words.keySet() + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && words.equals(((ItemTermsQuery) other).words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), words);
    }
}
