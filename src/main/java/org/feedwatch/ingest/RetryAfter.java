package org.feedwatch.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Parses an HTTP Retry-After value: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The delay asked for, never negative; empty when the value is neither form (it is then ignored). */
    static Optional<Duration> parse(String value, Instant now) {
        String text = value.trim();
        if (!text.isEmpty() && text.length() <= 12 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        return HttpDate.parse(text).map(when -> {
            Duration delay = Duration.between(now, when);
            return delay.isNegative() ? Duration.ZERO : delay;
        });
    }
}
