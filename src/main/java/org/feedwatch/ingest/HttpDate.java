package org.feedwatch.ingest;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT", RFC 9110 section 5.6.7). */
final class HttpDate {

    private HttpDate() {
    }

    /** Empty for anything else, including the "0" or "-1" some servers send as Expires. */
    static Optional<Instant> parse(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
