package org.feedwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateTest {

    private static final String KEY = "feedwatch.ratelimit.subscribe.per-ip";

    @Test
    void readsRequestsPerDuration() {
        assertEquals(new Rate(10, Duration.ofMinutes(10)), Rate.parse(KEY, " 10/PT10M "));
        assertTrue(Rate.parse(KEY, "OFF").off());
    }

    @Test
    void aBadValueNamesTheKey() {
        for (String bad : new String[] {"10", "ten/PT1M", "10/10 minutes", "0/PT1M", "10/PT0S", "10/P30D", ""}) {
            String message = assertThrows(IllegalStateException.class, () -> Rate.parse(KEY, bad)).getMessage();
            assertTrue(message.startsWith("Configuration " + KEY + ": "), message);
        }
    }
}
