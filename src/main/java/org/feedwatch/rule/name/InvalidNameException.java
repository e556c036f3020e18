package org.feedwatch.rule.name;

/** A text is not a person's name that a rule can match; the message says why, in words a user understands. */
public class InvalidNameException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidNameException(String message) {
        super(message);
    }
}
