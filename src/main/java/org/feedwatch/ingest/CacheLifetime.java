package org.feedwatch.ingest;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * How long the server says its answer stays fresh (RFC 9111 section 4.2): Cache-Control max-age, else Expires minus
 * Date, less the Age a cache in between has already held it. Feedwatch is a private cache, so s-maxage does not
 * apply. Only a positive lifetime is a hint; no-store, no-cache, an expired or unreadable value give none.
 */
final class CacheLifetime {

    private CacheLifetime() {
    }

    static Optional<Duration> of(HttpHeaders headers, Instant now) {
        Optional<Duration> lifetime;
        String cacheControl = String.join(",", headers.allValues("Cache-Control")).toLowerCase(Locale.ROOT);
        Optional<Long> maxAge = directive(cacheControl, "max-age");
        if (hasDirective(cacheControl, "no-store") || hasDirective(cacheControl, "no-cache")) {
            return Optional.empty();
        } else if (maxAge.isPresent()) {
            lifetime = Optional.of(Duration.ofSeconds(maxAge.get()));
        } else {
            Instant date = headers.firstValue("Date").flatMap(HttpDate::parse).orElse(now);
            lifetime = headers.firstValue("Expires").flatMap(HttpDate::parse).map(expires -> Duration.between(date,
                    expires));
        }
        long age = headers.firstValue("Age").flatMap(CacheLifetime::seconds).orElse(0L);
        return lifetime.map(value -> value.minusSeconds(age)).filter(value -> !value.isNegative() && !value.isZero());
    }

    private static boolean hasDirective(String cacheControl, String name) {
        for (String part : cacheControl.split(",")) {
            String directive = part.trim();
            if (directive.equals(name) || directive.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Long> directive(String cacheControl, String name) {
        for (String part : cacheControl.split(",")) {
            String directive = part.trim();
            if (directive.startsWith(name + "=")) {
                return seconds(directive.substring(name.length() + 1).replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    /** delta-seconds; an absurdly large value is taken as "very long" rather than refused. */
    private static Optional<Long> seconds(String text) {
        String value = text.trim();
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(value.length() > 12 ? 999_999_999_999L : Long.parseLong(value));
    }
}
