package org.feedwatch.subscriber;

import java.util.Locale;
import org.feedwatch.common.InvalidInputException;

/**
 * A bounded search for subscribers by a part of their address: the text (at most {@link #MAX_TEXT} characters,
 * matched case-insensitively as a plain substring, so {@code %} and {@code _} mean themselves), the id after which
 * the page starts, and the page size.
 */
public record SubscriberSearch(String text, long after, int limit) {

    public static final int MAX_TEXT = 100;
    public static final int MAX_LIMIT = 200;

    /** Checks the text, naming the field {@code q}; blank text finds everyone. */
    public static SubscriberSearch of(String text, long after, int limit) throws InvalidInputException {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidInputException("q", "search for at most " + MAX_TEXT + " characters of an address");
        }
        if (after < 0) {
            throw new InvalidInputException("after", "after must be a subscriber id (0 or more)");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return new SubscriberSearch(stripped, after, limit);
    }

    /** The LIKE pattern, lower case, with the escape character '!' before every wildcard the text holds. */
    public String likePattern() {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
