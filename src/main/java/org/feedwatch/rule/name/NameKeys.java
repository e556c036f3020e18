package org.feedwatch.rule.name;

import java.util.ArrayList;
import java.util.List;

/**
 * The name keys of one word, the unit that person rules match on: {@link NameSpelling} (script and accents)
 * → Polish dative {@code -owi} cut → {@link NameSkeleton} (sound classes, case endings) → the gender the
 * ending admits ({@link SurnameEndings}). An indexed term is a key and that gender, e.g. {@code balatk:m}
 * for "Беляцкого" and {@code kalasnakav:b} for "Kalesnikava".
 */
public final class NameKeys {

    private static final char SEPARATOR = ':';
    private static final int MIN_POLISH_DATIVE_STEM = 3;

    private NameKeys() {
    }

    /** The terms a word of a text is indexed as: each of its keys with the gender its ending admits. */
    public static List<String> indexTerms(CharSequence word) {
        String spelling = withoutPolishDative(NameSpelling.of(word));
        List<String> keys = NameSkeleton.keys(spelling);
        if (keys.isEmpty()) {
            return keys;
        }
        char tag = SurnameEndings.ofForm(spelling).tag();
        List<String> terms = new ArrayList<>(keys.size());
        for (String key : keys) {
            terms.add(term(key, tag));
        }
        return terms;
    }

    /** The keys of a word (without gender): one, or more when its spelling is ambiguous ("ch"). */
    static List<String> keys(String word) {
        return NameSkeleton.keys(withoutPolishDative(NameSpelling.of(word)));
    }

    /** The gender of a surname written in the nominative, {@link Gender#EITHER} when it does not show. */
    static Gender nominativeGender(String surname) {
        return SurnameEndings.ofNominative(NameSpelling.of(surname));
    }

    /** The index terms a rule accepts for a key: the key with each gender {@code gender} admits. */
    static List<String> acceptedTerms(String key, Gender gender) {
        List<String> terms = new ArrayList<>(3);
        for (Gender form : gender.acceptedForms()) {
            terms.add(term(key, form.tag()));
        }
        return terms;
    }

    private static String term(String key, char tag) {
        return key + SEPARATOR + tag;
    }

    /** Polish masculine dative {@code Łosikowi}, {@code Kolesnikowowi}: the only ending with a v in it. */
    private static String withoutPolishDative(String spelling) {
        if ((spelling.endsWith("owi") || spelling.endsWith("ewi"))
                && spelling.length() - 3 >= MIN_POLISH_DATIVE_STEM) {
            return spelling.substring(0, spelling.length() - 3);
        }
        return spelling;
    }
}
