package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConnectionBackoffTest {

    private static final Instant T0 = Instant.parse("2026-11-23T07:00:35Z");

    @Test
    void waitsDoubleUpToTheMaxAndASuccessForgetsTheOutage() {
        ConnectionBackoff backoff = new ConnectionBackoff(Duration.ofSeconds(30), Duration.ofMinutes(2));
        assertTrue(backoff.ready(T0));
        assertEquals(T0.plusSeconds(30), backoff.failed("refused", T0));
        assertFalse(backoff.ready(T0.plusSeconds(29)));
        assertTrue(backoff.ready(T0.plusSeconds(30)));
        assertEquals(T0.plusSeconds(60 + 60), backoff.failed("refused", T0.plusSeconds(60)));
        assertEquals(T0.plusSeconds(120 + 120), backoff.failed("timeout", T0.plusSeconds(120)));
        assertEquals(T0.plusSeconds(180 + 120), backoff.failed("timeout", T0.plusSeconds(180)), "capped at the max");

        SenderState state = backoff.state();
        assertTrue(state.backingOff());
        assertEquals(T0, state.since().orElseThrow(), "the outage started at the first failure");
        assertEquals("waiting: timeout since " + T0, state.waiting().orElseThrow());
        assertEquals(4, state.failedConnections());

        assertEquals(4, backoff.succeeded());
        assertTrue(backoff.ready(T0.plusSeconds(181)));
        assertFalse(backoff.state().backingOff());
        assertEquals(T0.plusSeconds(200 + 30), backoff.failed("refused", T0.plusSeconds(200)), "starts over");
    }
}
