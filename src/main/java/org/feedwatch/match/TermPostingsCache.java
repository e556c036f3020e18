package org.feedwatch.match;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The posting lists of the rule index's terms, read once per index segment and kept in hash maps.
 *
 * <p>The rule index changes only when rules change, but every matched item looks up a few hundred of its
 * words in it, once per presearcher pass: seeking each in the segment's term dictionary costs about a
 * microsecond, one hash lookup for all passes a tenth of that. Segments are immutable, so an entry stays true
 * until its segment is closed, when it is dropped. Deleted rules are still in their segment's lists; the
 * searcher skips them as it skips any deleted document. Memory: one array of document numbers per pass for
 * each term of the rule index that an item has contained.
 */
final class TermPostingsCache {

    private static final int[] NONE = new int[0];

    private final int passes;
    /** Per segment core, per item field, the documents of each term looked up so far. */
    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /** The cached lists of one segment of the rule index. */
    final class Segment {

        private final LeafReader reader;
        private final Map<String, SegmentField> fields = new ConcurrentHashMap<>();
        private final int[] anyToken;

        private Segment(LeafReader reader) throws IOException {
            this.reader = reader;
            this.anyToken = read(reader, TermFilteredPresearcher.ANYTOKEN_FIELD,
                    new BytesRef(TermFilteredPresearcher.ANYTOKEN));
        }

        /** The rule documents a presearcher could not index by words: candidates for every item. */
        int[] anyToken() {
            return anyToken;
        }

        /** The cache of one item field. */
        SegmentField field(String field) {
            return fields.computeIfAbsent(field, f -> new SegmentField(reader, f));
        }
    }

    /** A cache for a presearcher that indexes each rule term under {@code field_0 .. field_<passes-1>}. */
    TermPostingsCache(int passes) {
        this.passes = passes;
    }

    /** The cached posting lists of one item field in one segment of the rule index. */
    final class SegmentField {

        private final LeafReader reader;
        private final String field;
        private final Map<BytesRef, int[][]> postings = new ConcurrentHashMap<>();

        private SegmentField(LeafReader reader, String field) {
            this.reader = reader;
            this.field = field;
        }

        /** For each pass, the rule documents that hold {@code term} in this field (deleted ones included). */
        int[][] postings(BytesRef term) throws IOException {
            int[][] docs = postings.get(term);
            if (docs == null) {
                docs = new int[passes][];
                for (int pass = 0; pass < passes; pass++) {
                    docs[pass] = read(reader, passFieldOf(field, pass), term);
                }
                postings.put(BytesRef.deepCopyOf(term), docs);
            }
            return docs;
        }
    }

    /** The name under which a multipass presearcher indexes a field's terms for one pass. */
    static String passFieldOf(String field, int pass) {
        return field + "_" + pass;
    }

    /** The cache of the segment {@code reader} reads. */
    Segment segment(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return new Segment(reader);   // not a segment: nothing to key a cache on
        }
        Segment segment = segments.get(helper.getKey());
        if (segment == null) {
            segment = new Segment(reader);
            if (segments.putIfAbsent(helper.getKey(), segment) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return segment;
    }

    /** The documents of one term, read from the segment's term dictionary. */
    private static int[] read(LeafReader reader, String field, BytesRef term) throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return NONE;
        }
        TermsEnum iterator = terms.iterator();
        if (!iterator.seekExact(term)) {
            return NONE;
        }
        int[] docs = new int[iterator.docFreq()];
        PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
        int count = 0;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            docs = ArrayUtil.grow(docs, count + 1);
            docs[count++] = doc;
        }
        return ArrayUtil.copyOfSubArray(docs, 0, count);
    }
}
