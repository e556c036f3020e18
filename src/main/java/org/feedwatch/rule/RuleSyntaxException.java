package org.feedwatch.rule;

/**
 * A rule's text is not valid keyword syntax. The message says what is wrong in words a user
 * understands; {@link #position()} is the 0-based character offset of the offending token, so a form can
 * point at it.
 */
public class RuleSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;

    public RuleSyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The 0-based character offset in the rule text where the problem is. */
    public int position() {
        return position;
    }

    @Override
    public String toString() {
        return "RuleSyntaxException at " + position + ": " + getMessage();
    }
}
