package org.feedwatch.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.feedwatch.rule.name.PersonName;

/**
 * The Lucene query for a person: the given name and the surname near each other in the names field of the
 * title or of the summary ({@link ItemFields#NAME_FIELDS}), each word being any of the terms its
 * {@link PersonName} allows.
 *
 * <p>"Near" is a {@link MultiPhraseQuery} over [given words, surname words] with slop {@value #SLOP}: up to
 * two words between them in reading order (a patronymic, a middle name: "Ales Viktaravich Bialiatski") or,
 * for a one-word given name and surname, the two swapped side by side ("Bialiatski, Ales", "Беляцкага
 * Алеся"). A longer name also matches swapped, with nothing between. Phrase queries give the monitor's
 * presearcher their terms and report their matches with offsets into the item's text.
 */
public final class PersonQueries {

    /** Words allowed between given name and surname, in reading order. */
    static final int SLOP = 2;

    private PersonQueries() {
    }

    /**
     * The query for a person, any of its aliases, and — when {@code surnameAlone} — the surname of any of
     * them on its own (forms of the person's gender only).
     */
    public static Query compile(PersonName name, List<PersonName> aliases, boolean surnameAlone) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(aliases, "aliases");
        List<PersonName> names = new ArrayList<>(1 + aliases.size());
        names.add(name);
        names.addAll(aliases);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (PersonName each : names) {
            for (String field : ItemFields.NAME_FIELDS) {
                addFullName(any, field, each);
                if (surnameAlone) {
                    any.add(phrase(field, each.surnameTerms(), 0), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    private static void addFullName(BooleanQuery.Builder any, String field, PersonName name) {
        List<List<String>> given = name.givenNameTerms();
        List<List<String>> surname = name.surnameTerms();
        List<List<String>> forward = new ArrayList<>(given);
        forward.addAll(surname);
        any.add(phrase(field, forward, SLOP), BooleanClause.Occur.SHOULD);
        if (given.size() > 1 || surname.size() > 1) {
            List<List<String>> swapped = new ArrayList<>(surname);
            swapped.addAll(given);
            any.add(phrase(field, swapped, 0), BooleanClause.Occur.SHOULD);
        }
    }

    /** Words at consecutive positions, each any of its terms; a single word is still a (one-position) phrase. */
    private static Query phrase(String field, List<List<String>> words, int slop) {
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder().setSlop(slop);
        for (List<String> alternatives : words) {
            phrase.add(alternatives.stream().map(t -> new Term(field, t)).toArray(Term[]::new));
        }
        return phrase.build();
    }
}
