package org.feedwatch.rule;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.feedwatch.rule.Occurrences.Occurrence;

/**
 * {@code a AROUND(n) b}: both sides occur in one item text with at most n words between them, in
 * either order. Each side is one operand or several alternatives ({@code (a OR b) AROUND(n) c}). Lucene's
 * span and interval queries would do this but live in lucene-queries, which the project does not depend on;
 * this query reads positions from the postings itself.
 *
 * <p>The two operands may come from different index fields built from the same text (a stemmed word near
 * an exact phrase): their positions line up, see {@link ItemFields}. Matches are reported under
 * {@code textField} with offsets into that text, so highlighting works. Meant for the monitor's small
 * in-memory item indexes: a segment's occurrences are gathered at once.
 */
final class AroundQuery extends Query {

    /** A run of consecutive terms in {@code field}, or when {@code prefix}, any term starting with terms[0]. */
    record Operand(String field, List<String> terms, boolean prefix) {
        Operand {
            terms = List.copyOf(terms);
            if (terms.isEmpty() || (prefix && terms.size() != 1)) {
                throw new IllegalArgumentException("an operand is one prefix or one or more terms: " + terms);
            }
        }

        @Override
        public String toString() {
            return field + ":" + (prefix ? terms.get(0) + "*" : "\"" + String.join(" ", terms) + "\"");
        }
    }

    private final String textField;
    private final List<Operand> left;
    private final List<Operand> right;
    private final int maxGap;

    /** @param left alternatives for one side (at least one), @param right alternatives for the other */
    AroundQuery(String textField, List<Operand> left, List<Operand> right, int maxGap) {
        if (maxGap < 0) {
            throw new IllegalArgumentException("maxGap must not be negative: " + maxGap);
        }
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("both sides of AROUND need an operand");
        }
        this.textField = Objects.requireNonNull(textField);
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
        this.maxGap = maxGap;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                LeafReader reader = context.reader();
                Map<Integer, List<Occurrence>> as = Occurrences.findAny(reader, left, Occurrences.ALL_DOCS);
                Map<Integer, List<Occurrence>> bs = as.isEmpty()
                        ? Map.of() : Occurrences.findAny(reader, right, Occurrences.ALL_DOCS);
                FixedBitSet docs = new FixedBitSet(reader.maxDoc());
                int count = 0;
                for (Map.Entry<Integer, List<Occurrence>> a : as.entrySet()) {
                    List<Occurrence> b = bs.get(a.getKey());
                    if (b != null && !Occurrences.near(a.getValue(), b, maxGap).isEmpty()) {
                        docs.set(a.getKey());
                        count++;
                    }
                }
                return count == 0 ? null
                        : new ConstantScoreScorer(this, boost, scoreMode, new BitSetIterator(docs, count));
            }

            @Override
            public Matches matches(LeafReaderContext context, int doc) throws IOException {
                List<Occurrence> near = nearIn(context.reader(), doc);
                return near.isEmpty() ? null
                        : MatchesUtils.forField(textField, () -> new OccurrenceIterator(near));
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return nearIn(context.reader(), doc).isEmpty()
                        ? Explanation.noMatch(AroundQuery.this + " does not match")
                        : Explanation.match(boost, AroundQuery.this.toString());
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return true;
            }
        };
    }

    private List<Occurrence> nearIn(LeafReader reader, int doc) throws IOException {
        List<Occurrence> a = Occurrences.findAny(reader, left, doc).get(doc);
        List<Occurrence> b = a == null ? null : Occurrences.findAny(reader, right, doc).get(doc);
        return b == null ? List.of() : Occurrences.near(a, b, maxGap);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        // Both sides are required, each as a disjunction of its alternatives; the monitor's presearcher
        // indexes the query by these terms.
        QueryVisitor both = visitor.getSubVisitor(BooleanClause.Occur.MUST, this);
        for (List<Operand> side : List.of(left, right)) {
            QueryVisitor anyOf = side.size() == 1 ? both : both.getSubVisitor(BooleanClause.Occur.SHOULD, this);
            for (Operand operand : side) {
                visit(anyOf, operand);
            }
        }
    }

    private void visit(QueryVisitor visitor, Operand operand) {
        if (!visitor.acceptField(operand.field())) {
            return;
        }
        if (operand.prefix()) {
            // Visited as the PrefixQuery it is equivalent to, so that a presearcher that knows how to index
            // prefix queries (org.feedwatch.match.PrefixKeys) indexes this operand the same way.
            new PrefixQuery(new Term(operand.field(), operand.terms().get(0))).visit(visitor);
        } else {
            visitor.consumeTerms(this, operand.terms().stream()
                    .map(t -> new Term(operand.field(), t)).toArray(Term[]::new));
        }
    }

    @Override
    public String toString(String field) {
        return textField + ":(" + side(left) + " AROUND(" + maxGap + ") " + side(right) + ")";
    }

    private static String side(List<Operand> alternatives) {
        return alternatives.size() == 1 ? alternatives.get(0).toString()
                : "(" + String.join(" OR ", alternatives.stream().map(Operand::toString).toList()) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && textField.equals(((AroundQuery) other).textField)
                && left.equals(((AroundQuery) other).left)
                && right.equals(((AroundQuery) other).right)
                && maxGap == ((AroundQuery) other).maxGap;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), textField, left, right, maxGap);
    }

    /** Iterates occurrences already found, for highlighting. */
    private final class OccurrenceIterator implements MatchesIterator {

        private final List<Occurrence> occurrences;
        private int index = -1;

        OccurrenceIterator(List<Occurrence> occurrences) {
            this.occurrences = occurrences;
        }

        @Override
        public boolean next() {
            return ++index < occurrences.size();
        }

        @Override
        public int startPosition() {
            return occurrences.get(index).startPosition();
        }

        @Override
        public int endPosition() {
            return occurrences.get(index).endPosition();
        }

        @Override
        public int startOffset() {
            return occurrences.get(index).startOffset();
        }

        @Override
        public int endOffset() {
            return occurrences.get(index).endOffset();
        }

        @Override
        public MatchesIterator getSubMatches() {
            return null;
        }

        @Override
        public Query getQuery() {
            return AroundQuery.this;
        }
    }
}
