package org.feedwatch.common;

import java.util.OptionalInt;

/** Input from outside is wrong; the message says what is wrong with which field (and where, for a query). */
public class InvalidInputException extends Exception {

    private final String field;
    private final Integer position;

    public InvalidInputException(String field, String message) {
        this(field, message, null);
    }

    public InvalidInputException(String field, String message, Integer position) {
        super(message);
        this.field = field;
        this.position = position;
    }

    public String field() {
        return field;
    }

    /** For a query: the 0-based character offset where the problem is. */
    public OptionalInt position() {
        return position == null ? OptionalInt.empty() : OptionalInt.of(position);
    }
}
