package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchSettingsTest {

    @Test
    void normalisesAllowedHosts() {
        FetchSettings settings = settings(Duration.ofSeconds(5), 5, Set.of(" LocalHost:9080 ", "127.0.0.1:18931",
                "[::1]:8080", "feeds.lan-box.example:0080"));
        assertEquals(Set.of("localhost:9080", "127.0.0.1:18931", "[::1]:8080", "feeds.lan-box.example:80"),
                settings.allowedHostPorts());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost:", ":8080", "localhost:0", "localhost:65536", "localhost:http",
        "::1:8080", "host/path:80", "a b:80"})
    void refusesMalformedAllowedHosts(String entry) {
        assertThrows(IllegalArgumentException.class, () -> settings(Duration.ofSeconds(5), 5, Set.of(entry)));
    }

    @Test
    void refusesNonPositiveDurations() {
        assertThrows(IllegalArgumentException.class, () -> settings(Duration.ZERO, 5, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> settings(Duration.ofSeconds(-1), 5, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(Duration.ZERO, Duration.ofSeconds(5),
                1000, 5, "ua", Set.of()));
    }

    @Test
    void limitsRedirectsToZeroToTwenty() {
        settings(Duration.ofSeconds(5), 0, Set.of());
        settings(Duration.ofSeconds(5), 20, Set.of());
        assertThrows(IllegalArgumentException.class, () -> settings(Duration.ofSeconds(5), -1, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> settings(Duration.ofSeconds(5), 21, Set.of()));
    }

    @Test
    void refusesBadBodyCapAndUserAgent() {
        Duration t = Duration.ofSeconds(5);
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(t, t, 0, 5, "ua", Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new FetchSettings(t, t, Integer.MAX_VALUE, 5, "ua", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(t, t, 1000, 5, " ", Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new FetchSettings(t, t, 1000, 5, "ua\r\nX-Injected: 1", Set.of()));
        assertThrows(NullPointerException.class, () -> new FetchSettings(t, t, 1000, 5, null, Set.of()));
    }

    @Test
    void refusesABadFirstByteTimeoutOrPerHostLimitAndDefaultsThem() {
        Duration t = Duration.ofSeconds(5);
        assertThrows(IllegalArgumentException.class,
                () -> new FetchSettings(t, Duration.ZERO, t, 1000, 5, "ua", Set.of(), 2));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(t, t, t, 1000, 5, "ua", Set.of(), 0));
        FetchSettings defaults = new FetchSettings(t, Duration.ofSeconds(30), 1000, 5, "ua", Set.of());
        assertEquals(Duration.ofSeconds(30), defaults.firstByteTimeout());
        assertEquals(FetchSettings.DEFAULT_PER_HOST_CONCURRENCY, defaults.perHostConcurrency());
    }

    private static FetchSettings settings(Duration totalTimeout, int maxRedirects, Set<String> allowed) {
        return new FetchSettings(Duration.ofSeconds(5), totalTimeout, 10_000, maxRedirects, "Feedwatch-Test", allowed);
    }
}
