package org.feedwatch.opml;

import java.util.OptionalInt;

/** The document as a whole cannot be read as OPML; the message says why and, when known, at which line. */
public class OpmlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public OpmlException(String message, int line, Throwable cause) {
        super(line > 0 ? "line " + line + ": " + message : message, cause);
        this.line = line;
    }

    public OpmlException(String message) {
        this(message, -1, null);
    }

    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
