package org.feedwatch.rule.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A person's name as a rule gives it: "Ales Bialiatski", "Maria Alaksandrauna Kalesnikava" (middle names and
 * patronymics are allowed and not needed in the text), or surname first with a comma, "Bialiatski, Ales".
 * It knows the index terms that stand for its given name and surname in any spelling, script and case form
 * ({@link #givenNameTerms()}, {@link #surnameTerms()}); putting them into a query is the caller's business.
 */
public final class PersonName {

    /** Longer names are refused: names are typed by people. */
    public static final int MAX_LENGTH = 200;

    private static final int MAX_PARTS = 8;
    private static final String EXAMPLE = " (e.g. \"Ales Bialiatski\" or \"Bialiatski, Ales\")";

    private final String text;
    private final List<String> givenWords;
    private final List<String> surnameWords;
    private final Gender gender;

    private PersonName(String text, List<String> givenWords, List<String> surnameWords, Gender gender) {
        this.text = text;
        this.givenWords = List.copyOf(givenWords);
        this.surnameWords = List.copyOf(surnameWords);
        this.gender = gender;
    }

    /**
     * Reads a name: a given name, optional middle names, and a surname; or "Surname, Given [Middle]".
     *
     * @throws InvalidNameException naming what is wrong, e.g. a single word or a given name that is an initial
     */
    public static PersonName parse(String input) throws InvalidNameException {
        if (input == null || input.isBlank()) {
            throw new InvalidNameException("a name is required" + EXAMPLE);
        }
        String text = input.strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_LENGTH) {
            throw new InvalidNameException("a name is at most " + MAX_LENGTH + " characters");
        }
        checkCharacters(text);
        String surnamePart;
        List<String> givenParts;
        int comma = text.indexOf(',');
        if (comma >= 0) {
            if (text.indexOf(',', comma + 1) >= 0) {
                throw new InvalidNameException("a name has at most one comma, after the surname" + EXAMPLE);
            }
            surnamePart = text.substring(0, comma).strip();
            givenParts = parts(text.substring(comma + 1));
            if (surnamePart.isEmpty() || givenParts.isEmpty()) {
                throw new InvalidNameException("'" + text + "' needs a surname before the comma and a given name"
                        + " after it" + EXAMPLE);
            }
        } else {
            List<String> parts = parts(text);
            if (parts.size() < 2) {
                throw new InvalidNameException("'" + text + "' needs a given name and a surname" + EXAMPLE
                        + "; a rule can also match the surname alone with surnameAlone");
            }
            surnamePart = parts.get(parts.size() - 1);
            givenParts = parts.subList(0, parts.size() - 1);
        }
        if (givenParts.size() + parts(surnamePart).size() > MAX_PARTS) {
            throw new InvalidNameException("a name has at most " + MAX_PARTS + " words");
        }
        String given = givenParts.get(0);
        if (letters(given) < 2) {
            throw new InvalidNameException("the given name '" + given + "' is an initial: write it out");
        }
        if (letters(surnamePart) < 2) {
            throw new InvalidNameException("the surname '" + surnamePart + "' needs at least 2 letters");
        }
        List<String> givenWords = keyedWords(given, "given name");
        List<String> surnameWords = keyedWords(surnamePart, "surname");
        Gender gender = NameKeys.nominativeGender(surnameWords.get(surnameWords.size() - 1));
        if (gender == Gender.EITHER) {
            gender = FirstNames.gender(givenWords.get(0));
        }
        return new PersonName(text, givenWords, surnameWords, gender);
    }

    private static void checkCharacters(String text) throws InvalidNameException {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            boolean allowed = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == ' ' || c == '-' || c == '\'' || c == '’' || c == 'ʼ' || c == '.' || c == ',';
            if (!allowed) {
                throw new InvalidNameException("'" + new String(Character.toChars(c)) + "' cannot be part of a"
                        + " name: use letters, spaces, hyphens, apostrophes and dots");
            }
        }
    }

    private static List<String> parts(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split(" "));
    }

    private static int letters(String part) {
        return (int) part.codePoints().filter(Character::isLetter).count();
    }

    /** The words of one part ("Rimsky-Korsakov" is two), each of which must have a key. */
    private static List<String> keyedWords(String part, String what) throws InvalidNameException {
        List<String> words = NameAnalyzer.words(part);
        if (words.isEmpty()) {
            throw new InvalidNameException("the " + what + " '" + part + "' has no letters");
        }
        for (String word : words) {
            if (NameKeys.keys(word).isEmpty()) {
                throw new InvalidNameException("the " + what + " '" + part + "' has nothing to match in '"
                        + word + "'");
            }
        }
        return words;
    }

    /** The name as given, with its spaces tidied. */
    public String text() {
        return text;
    }

    /** The person's gender when the surname's form or the given name shows it, else {@link Gender#EITHER}. */
    public Gender gender() {
        return gender;
    }

    /**
     * For each word of the given name, the index terms any spelling of it may have: its own keys and those of
     * its equivalents in the first-name table (Volha → Olga), whatever the gender of the ending.
     */
    public List<List<String>> givenNameTerms() {
        List<List<String>> terms = new ArrayList<>(givenWords.size());
        for (String word : givenWords) {
            List<String> alternatives = new ArrayList<>();
            for (String key : FirstNames.equivalentKeys(word)) {
                alternatives.addAll(NameKeys.acceptedTerms(key, Gender.EITHER));
            }
            terms.add(List.copyOf(alternatives));
        }
        return List.copyOf(terms);
    }

    /**
     * For each word of the surname, the index terms of its forms that fit the person's gender: for a woman
     * "Kalesnikava" this is {@code kalasnikav:f} and {@code kalasnikav:b}, never the man's {@code kalasnikav:m}.
     */
    public List<List<String>> surnameTerms() {
        List<List<String>> terms = new ArrayList<>(surnameWords.size());
        for (String word : surnameWords) {
            Gender own = NameKeys.nominativeGender(word);
            Gender wordGender = own == Gender.EITHER ? gender : own;
            List<String> alternatives = new ArrayList<>();
            for (String key : NameKeys.keys(word)) {
                alternatives.addAll(NameKeys.acceptedTerms(key, wordGender));
            }
            terms.add(List.copyOf(alternatives));
        }
        return List.copyOf(terms);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName name && text.equals(name.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
