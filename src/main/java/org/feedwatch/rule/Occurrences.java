package org.feedwatch.rule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.feedwatch.rule.AroundQuery.Operand;

/**
 * Where an {@link Operand} occurs in the documents of one index segment, read straight from the
 * postings (positions and offsets), and which occurrences of two operands are near each other.
 */
final class Occurrences {

    /** Pass as {@code onlyDoc} to look at every document. */
    static final int ALL_DOCS = -1;

    /** One occurrence: the positions of its first and last word and its character span. */
    record Occurrence(int startPosition, int endPosition, int startOffset, int endOffset) {
    }

    private static final Comparator<Occurrence> IN_TEXT_ORDER = Comparator
            .comparingInt(Occurrence::startPosition).thenComparingInt(Occurrence::endPosition);

    private Occurrences() {
    }

    /** Occurrences of any of {@code alternatives} per document (lists in no particular order). */
    static Map<Integer, List<Occurrence>> findAny(LeafReader reader, List<Operand> alternatives, int onlyDoc)
            throws IOException {
        if (alternatives.size() == 1) {
            return find(reader, alternatives.get(0), onlyDoc);
        }
        Map<Integer, List<Occurrence>> all = new HashMap<>();
        for (Operand operand : alternatives) {
            find(reader, operand, onlyDoc).forEach((doc, found) ->
                    all.computeIfAbsent(doc, d -> new ArrayList<>()).addAll(found));
        }
        return all;
    }

    /** Occurrences of {@code operand} per document, each list in text order. */
    static Map<Integer, List<Occurrence>> find(LeafReader reader, Operand operand, int onlyDoc)
            throws IOException {
        Terms terms = reader.terms(operand.field());
        if (terms == null) {
            return Map.of();
        }
        if (operand.prefix()) {
            return prefixOccurrences(terms.iterator(), new BytesRef(operand.terms().get(0)), onlyDoc);
        }
        List<Map<Integer, List<Occurrence>>> perWord = new ArrayList<>();
        TermsEnum termsEnum = terms.iterator();
        for (String word : operand.terms()) {
            if (!termsEnum.seekExact(new BytesRef(word))) {
                return Map.of();
            }
            Map<Integer, List<Occurrence>> found = new HashMap<>();
            collect(termsEnum.postings(null, PostingsEnum.OFFSETS), onlyDoc, found);
            perWord.add(found);
        }
        return perWord.size() == 1 ? perWord.get(0) : consecutive(perWord);
    }

    private static Map<Integer, List<Occurrence>> prefixOccurrences(TermsEnum termsEnum, BytesRef prefix,
            int onlyDoc) throws IOException {
        Map<Integer, List<Occurrence>> found = new HashMap<>();
        if (termsEnum.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return found;
        }
        PostingsEnum postings = null;
        do {
            if (!StringHelper.startsWith(termsEnum.term(), prefix)) {
                break;
            }
            postings = termsEnum.postings(postings, PostingsEnum.OFFSETS);
            collect(postings, onlyDoc, found);
        } while (termsEnum.next() != null);
        found.values().forEach(list -> list.sort(IN_TEXT_ORDER));
        return found;
    }

    private static void collect(PostingsEnum postings, int onlyDoc, Map<Integer, List<Occurrence>> into)
            throws IOException {
        if (onlyDoc != ALL_DOCS) {
            if (postings.advance(onlyDoc) == onlyDoc) {
                addPositions(postings, into.computeIfAbsent(onlyDoc, d -> new ArrayList<>()));
            }
            return;
        }
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            addPositions(postings, into.computeIfAbsent(doc, d -> new ArrayList<>()));
        }
    }

    private static void addPositions(PostingsEnum postings, List<Occurrence> into) throws IOException {
        for (int k = 0; k < postings.freq(); k++) {
            int position = postings.nextPosition();
            into.add(new Occurrence(position, position, postings.startOffset(), postings.endOffset()));
        }
    }

    /** Phrase occurrences: word i at position p + i for every word. */
    private static Map<Integer, List<Occurrence>> consecutive(List<Map<Integer, List<Occurrence>>> perWord) {
        Map<Integer, List<Occurrence>> phrases = new HashMap<>();
        for (Map.Entry<Integer, List<Occurrence>> first : perWord.get(0).entrySet()) {
            int doc = first.getKey();
            for (Occurrence start : first.getValue()) {
                Occurrence last = start;
                for (int i = 1; i < perWord.size() && last != null; i++) {
                    last = at(perWord.get(i).get(doc), start.startPosition() + i);
                }
                if (last != null) {
                    phrases.computeIfAbsent(doc, d -> new ArrayList<>()).add(new Occurrence(
                            start.startPosition(), last.endPosition(), start.startOffset(), last.endOffset()));
                }
            }
        }
        return phrases;
    }

    private static Occurrence at(List<Occurrence> occurrences, int position) {
        if (occurrences != null) {
            for (Occurrence o : occurrences) {
                if (o.startPosition() == position) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * The occurrences from {@code a} and {@code b} that take part in at least one pair that does not
     * overlap and has at most {@code maxGap} words between, in either order; in text order.
     */
    static List<Occurrence> near(List<Occurrence> a, List<Occurrence> b, int maxGap) {
        Set<Occurrence> near = new LinkedHashSet<>();
        for (Occurrence x : a) {
            for (Occurrence y : b) {
                if (gap(x, y) <= maxGap) {
                    near.add(x);
                    near.add(y);
                }
            }
        }
        List<Occurrence> sorted = new ArrayList<>(near);
        sorted.sort(IN_TEXT_ORDER);
        return sorted;
    }

    /** Words strictly between two occurrences; {@link Integer#MAX_VALUE} if they overlap. */
    private static int gap(Occurrence x, Occurrence y) {
        if (x.endPosition() < y.startPosition()) {
            return y.startPosition() - x.endPosition() - 1;
        }
        if (y.endPosition() < x.startPosition()) {
            return x.startPosition() - y.endPosition() - 1;
        }
        return Integer.MAX_VALUE;
    }
}
