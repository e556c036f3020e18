package org.feedwatch.web.admin;

import java.util.OptionalLong;
import org.feedwatch.common.InvalidInputException;

/**
 * The page parameters of the console's lists, read from the query string: a keyset cursor (the id a page starts
 * after or before) and a page size within bounds. Bad values name their field, so the page can say what is wrong.
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Paging() {
    }

    /** The page size: {@link #DEFAULT_LIMIT} when absent, else a whole number from 1 to {@link #MAX_LIMIT}. */
    public static int limit(String text) throws InvalidInputException {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** A cursor id: empty when absent, else a positive whole number. */
    public static OptionalLong cursor(String field, String text) throws InvalidInputException {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0) {
                return OptionalLong.of(value);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(field, field + " must be an id (a positive whole number)");
    }
}
