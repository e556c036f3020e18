package org.feedwatch.subscriber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SubscriberDeliveryTest {

    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
    private static final Instant NOW = Instant.parse("2026-03-25T10:00:00Z"); // a Wednesday

    @Test
    void bothSlotsArePlannedWhateverTheMode() {
        Subscriber s = new Subscriber("a@example.org", VILNIUS, 7, true, NOW);
        s.deliver(DeliveryMode.IMMEDIATE, LocalTime.of(7, 30), DayOfWeek.MONDAY, VILNIUS, NOW);
        assertEquals(Instant.parse("2026-03-26T05:30:00Z"), s.nextDigestAt().orElseThrow());
        assertEquals(Instant.parse("2026-03-30T04:30:00Z"), s.nextWeeklyAt().orElseThrow(), "Monday, summer time");
    }

    @Test
    void servingASlotPlansTheNextOneOnly() {
        Subscriber s = new Subscriber("a@example.org", VILNIUS, 7, true, NOW);
        Instant weekly = s.nextWeeklyAt().orElseThrow();
        s.digestDone(Instant.parse("2026-03-26T05:00:00Z"));
        assertEquals(Instant.parse("2026-03-27T05:00:00Z"), s.nextDigestAt().orElseThrow());
        assertEquals(weekly, s.nextWeeklyAt().orElseThrow());
    }

    @Test
    void aDigestServedLateIsNotRepeatedForTheSlotsMissed() {
        Subscriber s = new Subscriber("a@example.org", VILNIUS, 7, true, NOW);
        // The server was down for three days; the missed slot is served once, the next one is after now.
        Instant back = Instant.parse("2026-03-29T12:00:00Z");
        s.digestDone(back);
        assertEquals(Instant.parse("2026-03-30T04:00:00Z"), s.nextDigestAt().orElseThrow());
    }

    @Test
    void hardBouncesPauseAfterTheLimitAndAnAcceptedMailResetsThem() {
        Subscriber s = new Subscriber("a@example.org", VILNIUS, 7, true, NOW);
        assertFalse(s.hardBounce(3, "550 5.1.1 no such user"));
        s.accepted();
        assertFalse(s.hardBounce(3, "550 5.1.1 no such user"));
        assertFalse(s.hardBounce(3, "550 5.1.1 no such user"));
        assertTrue(s.hardBounce(3, "550 5.1.1 no such user"));
        assertEquals(DeliveryMode.PAUSED, s.deliveryMode());
        assertTrue(s.pausedReason().orElseThrow().contains("550 5.1.1"));
        assertFalse(s.hardBounce(3, "550"), "already paused");
    }

    @Test
    void choosingAModeAgainLiftsABouncePause() {
        Subscriber s = new Subscriber("a@example.org", VILNIUS, 7, true, NOW);
        s.hardBounce(1, "550 gone");
        s.deliver(DeliveryMode.DAILY, LocalTime.of(7, 0), DayOfWeek.MONDAY, VILNIUS, NOW);
        assertEquals(DeliveryMode.DAILY, s.deliveryMode());
        assertTrue(s.pausedReason().isEmpty());
        assertEquals(0, s.hardBounces());
    }
}
