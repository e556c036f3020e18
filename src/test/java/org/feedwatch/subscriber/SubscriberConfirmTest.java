package org.feedwatch.subscriber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Confirming a sign-up: mail may start, twice is the same as once, and an unsubscribed address comes back. */
class SubscriberConfirmTest {

    private static final Instant SIGNED_UP = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void confirmingStartsMailAndPlansFromTheConfirmation() {
        Subscriber s = new Subscriber("a@example.org", ZoneId.of("Europe/Vilnius"), 7, false, SIGNED_UP);
        assertFalse(s.active());
        Instant later = SIGNED_UP.plusSeconds(3 * 86_400);
        s.confirm(later);
        assertTrue(s.active() && s.confirmed());
        assertTrue(s.nextDigestAt().orElseThrow().isAfter(later), "no slot in the past right after confirming");
        Instant planned = s.nextDigestAt().orElseThrow();
        s.confirm(later.plusSeconds(86_400));
        assertEquals(planned, s.nextDigestAt().orElseThrow(), "a second confirmation changes nothing");
    }

    @Test
    void anAddressThatUnsubscribedIsSubscribedAgainByConfirming() {
        Subscriber s = new Subscriber("a@example.org", ZoneId.of("UTC"), 7, true, SIGNED_UP);
        s.unsubscribe(SIGNED_UP.plusSeconds(60));
        s.confirm(SIGNED_UP.plusSeconds(120));
        assertTrue(s.active());
        assertTrue(s.unsubscribedAt().isEmpty());
    }
}
