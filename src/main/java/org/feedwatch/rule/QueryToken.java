package org.feedwatch.rule;

/**
 * One token of a rule's text. {@code text} is the word, phrase content, prefix (without '*') or field
 * name; {@code distance} is only meaningful for {@link Kind#AROUND}.
 */
record QueryToken(Kind kind, String text, int position, int distance) {

    enum Kind {
        WORD, PHRASE, PREFIX, FIELD, LPAREN, RPAREN, MINUS, NOT, OR, AND, AROUND, END;

        /** Whether a token of this kind can start a word, phrase, prefix or group. */
        boolean startsOperand() {
            return this == WORD || this == PHRASE || this == PREFIX || this == FIELD || this == LPAREN;
        }

        /** Whether a token of this kind is a single searchable term (possibly after a field). */
        boolean isTerm() {
            return this == WORD || this == PHRASE || this == PREFIX;
        }
    }

    static QueryToken of(Kind kind, String text, int position) {
        return new QueryToken(kind, text, position, -1);
    }
}
