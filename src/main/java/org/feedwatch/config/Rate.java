package org.feedwatch.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A rate limit as configured: {@code capacity} requests per {@code period}, written {@code 10/PT10M}; {@code off}
 * turns a limit off. A client may use the whole capacity at once, then gets it back evenly over the period.
 */
public record Rate(int capacity, Duration period) {

    /** No limit (written {@code off}). */
    public static final Rate OFF = new Rate(0, Duration.ZERO);

    private static final int MAX_CAPACITY = 1_000_000;

    public boolean off() {
        return capacity == 0;
    }

    /** Reads {@code value}; a bad one is an error naming {@code key}. */
    public static Rate parse(String key, String value) {
        String text = value == null ? "" : value.strip();
        if (text.toLowerCase(Locale.ROOT).equals("off")) {
            return OFF;
        }
        int slash = text.indexOf('/');
        String expected = "must be <requests>/<ISO-8601 duration> such as 10/PT10M, or off; got \"" + text + "\"";
        ConfigCheck.require(slash > 0, key, expected);
        int capacity;
        Duration period;
        try {
            capacity = Integer.parseInt(text.substring(0, slash).strip());
            period = Duration.parse(text.substring(slash + 1).strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalStateException("Configuration " + key + ": " + expected, e);
        }
        ConfigCheck.require(capacity >= 1 && capacity <= MAX_CAPACITY, key,
                "the number of requests must be between 1 and " + MAX_CAPACITY + "; got " + capacity);
        ConfigCheck.require(period.compareTo(Duration.ofSeconds(1)) >= 0 && period.compareTo(Duration.ofDays(7)) <= 0,
                key, "the period must be between PT1S and P7D; got " + period);
        return new Rate(capacity, period);
    }

    @Override
    public String toString() {
        return off() ? "off" : capacity + "/" + period;
    }
}
