package org.feedwatch.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(5), clock);

    @Test
    void locksAfterTheLimitUntilTheLockoutEnds() {
        throttle.failed("admin");
        throttle.failed("admin");
        assertEquals(Optional.empty(), throttle.lockedFor("admin"));
        throttle.failed("admin");
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.lockedFor("admin"));
        now = now.plusSeconds(60);
        assertEquals(Optional.of(Duration.ofMinutes(4)), throttle.lockedFor("admin"));
        assertEquals(Optional.empty(), throttle.lockedFor("someone-else"), "other names are not locked");
        now = now.plusSeconds(240);
        assertEquals(Optional.empty(), throttle.lockedFor("admin"));
        throttle.failed("admin");
        assertEquals(Optional.empty(), throttle.lockedFor("admin"), "after a lock the count starts again");
    }

    @Test
    void aSuccessClearsTheCount() {
        throttle.failed("admin");
        throttle.failed("admin");
        throttle.succeeded("admin");
        throttle.failed("admin");
        throttle.failed("admin");
        assertTrue(throttle.lockedFor("admin").isEmpty());
    }
}
