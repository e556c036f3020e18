package org.feedwatch.common;

/** The thing to be created exists already (a feed URL, a subscriber's address). */
public class AlreadyExistsException extends Exception {

    private final String field;
    private final long existingId;

    public AlreadyExistsException(String field, String message, long existingId) {
        super(message);
        this.field = field;
        this.existingId = existingId;
    }

    public String field() {
        return field;
    }

    public long existingId() {
        return existingId;
    }
}
