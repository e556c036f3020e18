package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheLifetimeTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void readsMaxAge() {
        assertEquals(hours(2), lifetime(Map.of("Cache-Control", List.of("public, max-age=7200"))));
        assertEquals(hours(2), lifetime(Map.of("Cache-Control", List.of("public", "Max-Age=\"7200\""))));
    }

    @Test
    void maxAgeWinsOverExpires() {
        assertEquals(hours(1), lifetime(Map.of("Cache-Control", List.of("max-age=3600"),
                "Expires", List.of("Wed, 21 Oct 2015 17:28:00 GMT"))));
    }

    @Test
    void readsExpiresAgainstTheServersDate() {
        assertEquals(hours(3), lifetime(Map.of("Date", List.of("Wed, 21 Oct 2015 06:28:00 GMT"),
                "Expires", List.of("Wed, 21 Oct 2015 09:28:00 GMT"))));
        // Without a Date header, against our clock.
        assertEquals(hours(2), lifetime(Map.of("Expires", List.of("Wed, 21 Oct 2015 09:28:00 GMT"))));
    }

    @Test
    void subtractsTheAgeACacheAlreadyHeldIt() {
        assertEquals(Optional.of(Duration.ofSeconds(600)),
                lifetime(Map.of("Cache-Control", List.of("max-age=3600"), "Age", List.of("3000"))));
        assertEquals(Optional.empty(), lifetime(Map.of("Cache-Control", List.of("max-age=3600"),
                "Age", List.of("4000"))));
    }

    @Test
    void givesNoHintForNoCacheNoStoreOrExpiredAnswers() {
        assertEquals(Optional.empty(), lifetime(Map.of("Cache-Control", List.of("no-cache, max-age=3600"))));
        assertEquals(Optional.empty(), lifetime(Map.of("Cache-Control", List.of("no-store"))));
        assertEquals(Optional.empty(), lifetime(Map.of("Cache-Control", List.of("max-age=0"))));
        assertEquals(Optional.empty(), lifetime(Map.of("Expires", List.of("Wed, 21 Oct 2015 07:00:00 GMT"))));
        assertEquals(Optional.empty(), lifetime(Map.of("Expires", List.of("0"))));
        assertEquals(Optional.empty(), lifetime(Map.of()));
    }

    @Test
    void ignoresUnreadableValues() {
        assertEquals(Optional.empty(), lifetime(Map.of("Cache-Control", List.of("max-age=soon"))));
        assertEquals(Optional.empty(), lifetime(Map.of("Cache-Control", List.of("max-age=-5"))));
        assertEquals(Optional.empty(), lifetime(Map.of("Cache-Control", List.of("s-maxage=600"))));
    }

    private static Optional<Duration> lifetime(Map<String, List<String>> headers) {
        return CacheLifetime.of(HttpHeaders.of(headers, (name, value) -> true), NOW);
    }

    private static Optional<Duration> hours(int hours) {
        return Optional.of(Duration.ofHours(hours));
    }
}
