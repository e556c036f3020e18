package org.feedwatch.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's multipass term-filtering presearcher, with its per-item side done in one hash lookup per word.
 *
 * <p>Rules are indexed exactly as {@link MultipassTermFilteredPresearcher} indexes them (with {@link PrefixKeys}
 * for prefixes), and an item selects exactly the rules that presearcher would: those with a word of the item
 * in every pass, and those it cannot index. What differs is the way there. Lucene's builds, for every item, a
 * term-set query per field and pass, sorts and encodes the item's words into each and looks each up in the rule
 * index's term dictionary; with items matched one at a time that was about half of all matching time
 * (BENCHMARKS.md). Here each word of the item is looked up once, in a {@link TermPostingsCache} that holds its
 * rule documents for every pass, and the passes are intersected as bit sets ({@link ItemTermsQuery}).
 *
 * <p>Relies on the multipass presearcher's naming of its pass fields ({@code field_<pass>}); the index tests
 * compare every selection with brute force, so a change there would not go unnoticed.
 */
final class CandidatePresearcher extends Presearcher {

    private final MultipassTermFilteredPresearcher indexing;
    private final Set<String> prefixFields;
    private final TermPostingsCache cache;

    /** Rules indexed with {@code passes} passes; prefix rules on {@code prefixFields} by their keys. */
    CandidatePresearcher(int passes, Set<String> prefixFields) {
        this.prefixFields = Set.copyOf(prefixFields);
        this.indexing = new MultipassTermFilteredPresearcher(passes, 0, TermWeightor.DEFAULT,
                List.of(new PrefixKeys(prefixFields)), Set.of());
        this.cache = new TermPostingsCache(passes);
    }

    @Override
    public Document indexQuery(Query query, Map<String, String> metadata) {
        return indexing.indexQuery(query, metadata);
    }

    @Override
    public Query buildQuery(LeafReader item, BiPredicate<String, BytesRef> termAcceptor) {
        Map<String, List<BytesRef>> words = new LinkedHashMap<>();
        try {
            for (FieldInfo field : item.getFieldInfos()) {
                List<BytesRef> accepted = acceptedWords(item, field.name, termAcceptor);
                if (!accepted.isEmpty()) {
                    words.put(field.name, accepted);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an item's in-memory index", e);
        }
        return new ItemTermsQuery(words, cache);
    }

    /** The item's words (and prefix keys) in one field that some rule is indexed by. */
    private List<BytesRef> acceptedWords(LeafReader item, String field, BiPredicate<String, BytesRef> termAcceptor)
            throws IOException {
        Terms terms = item.terms(field);
        if (terms == null) {
            return List.of();
        }
        boolean prefixes = prefixFields.contains(field);
        List<BytesRef> accepted = new ArrayList<>();
        TermsEnum iterator = terms.iterator();
        for (BytesRef word = iterator.next(); word != null; word = iterator.next()) {
            if (termAcceptor.test(field, word)) {
                accepted.add(BytesRef.deepCopyOf(word));
            }
            if (prefixes) {
                BytesRef key = PrefixKeys.key(word);
                if (key != null && termAcceptor.test(field, key)) {
                    accepted.add(key);
                }
            }
        }
        return accepted;
    }
}
