package org.feedwatch.match;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * {@value #LENGTH} letters, and every word of an item's exact fields of at least that length adds the key of
 * its own first {@value #LENGTH} letters to the presearcher's query: a rule stays a candidate for every item
 * that has a word it could match, and for few others. Shorter prefixes ({@code ab*}) are broad anyway and stay
 * candidates for every item. A key starts with a control character the analyzers never produce, so it cannot
 * be mistaken for a word.
 */
final class PrefixKeys implements CustomQueryHandler {

    /** Letters (code points) of a key: long enough to be selective, short enough for most prefixes. */
    static final int LENGTH = 4;
    private static final char MARK = '\u0001';

    private final Set<String> fields;

    /** Keys for prefix queries on these fields, and for the words of these fields of every item. */
    PrefixKeys(Set<String> fields) {
        this.fields = Set.copyOf(fields);
    }

    @Override
    public QueryTree handleQuery(Query query, TermWeightor weightor) {
        if (query instanceof PrefixQuery prefixQuery && fields.contains(prefixQuery.getField())) {
            String prefix = prefixQuery.getPrefix().text();
            if (prefix.codePointCount(0, prefix.length()) >= LENGTH) {
                return QueryTree.term(new Term(prefixQuery.getField(), key(prefix)), weightor);
            }
        }
        return null;
    }

    @Override
    public TokenStream wrapTermStream(String field, TokenStream in) {
        return fields.contains(field) ? new KeyAdder(in) : in;
    }

    /** The key of a word or prefix of at least {@value #LENGTH} letters. */
    static String key(String word) {
        return MARK + word.substring(0, word.offsetByCodePoints(0, LENGTH));
    }

    /** The key of an indexed word (UTF-8), the same as {@link #key(String)} gives; null if it is too short. */
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

    /** Passes an item's words through and follows each long enough one with its key. */
    private static final class KeyAdder extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private String pendingKey;

        KeyAdder(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pendingKey != null) {
                clearAttributes();
                term.setEmpty().append(pendingKey);
                pendingKey = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            if (word.codePointCount(0, word.length()) >= LENGTH) {
                pendingKey = key(word);
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pendingKey = null;
        }
    }
}
