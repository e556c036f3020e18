package org.feedwatch.rule.name;

/**
 * The grammatical gender a surname form allows. For a word in a text it is what its ending admits
 * ({@code Kalesnikava} is a woman's name or "of Kalesnikau": {@link #EITHER}); for a rule's surname it is the
 * person's gender when the nominative form shows it, otherwise {@link #EITHER} (unknown).
 */
public enum Gender {
    FEMININE('f'),
    MASCULINE('m'),
    EITHER('b');

    private final char tag;

    Gender(char tag) {
        this.tag = tag;
    }

    /** The letter that ends a name term of this gender, e.g. {@code balatk:m}. */
    char tag() {
        return tag;
    }

    /** The text forms a rule of this gender accepts: its own gender and the ambiguous forms. */
    Gender[] acceptedForms() {
        return switch (this) {
            case FEMININE -> new Gender[] {FEMININE, EITHER};
            case MASCULINE -> new Gender[] {MASCULINE, EITHER};
            case EITHER -> values();
        };
    }
}
