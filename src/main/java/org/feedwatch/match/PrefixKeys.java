package org.feedwatch.match;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CustomQueryHandler;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Lets the Monitor's presearcher index prefix rules ({@code sanctio*}, {@code Bialiats*}) by their first
 * {@value #LENGTH} letters instead of making them candidates for every item.
 *
 * <p>Lucene's presearcher cannot index a prefix: it marks the rule "any token", so every item is checked
 * against it. Here a prefix of at least {@value #LENGTH} letters is indexed as one key made of its first
 * {@value #LENGTH} letters; {@link CandidatePresearcher} adds the key of every long enough word of an item's
 * exact fields to what the item selects: a rule stays a candidate for every item that has a word it could
 * match, and for few others. Shorter prefixes ({@code ab*}) are broad anyway and stay
 * candidates for every item. A key starts with a control character the analyzers never produce, so it cannot
 * be mistaken for a word.
 */
final class PrefixKeys implements CustomQueryHandler {

    /** Letters (code points) of a key: long enough to be selective, short enough for most prefixes. */
    static final int LENGTH = 4;
    private static final char MARK = '\u0001';

    private final Set<String> fields;

    /** Keys for prefix queries on these fields. */
    PrefixKeys(Set<String> fields) {
        this.fields = Set.copyOf(fields);
    }

    @Override
    public QueryTree handleQuery(Query query, TermWeightor weightor) {
        if (query instanceof PrefixQuery prefixQuery && fields.contains(prefixQuery.getField())) {
            BytesRef key = key(prefixQuery.getPrefix().bytes());
            if (key != null) {
                return QueryTree.term(new Term(prefixQuery.getField(), key), weightor);
            }
        }
        return null;
    }

    /** The key of a word or prefix (UTF-8): its first {@value #LENGTH} letters, marked; null if it is shorter. */
    static BytesRef key(BytesRef word) {
        int end = word.offset;
        int limit = word.offset + word.length;
        int letters = 0;
        while (end < limit && letters < LENGTH) {
            end += utf8Length(word.bytes[end]);
            letters++;
        }
        if (letters < LENGTH || end > limit) {
            return null;
        }
        byte[] key = new byte[1 + end - word.offset];
        key[0] = (byte) MARK;
        System.arraycopy(word.bytes, word.offset, key, 1, end - word.offset);
        return new BytesRef(key);
    }

    /** Bytes of the UTF-8 sequence that starts with {@code lead}. */
    private static int utf8Length(byte lead) {
        if ((lead & 0x80) == 0) {
            return 1;
        }
        if ((lead & 0xE0) == 0xC0) {
            return 2;
        }
        return (lead & 0xF0) == 0xE0 ? 3 : 4;
    }
}
