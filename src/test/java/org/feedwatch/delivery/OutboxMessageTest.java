package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The states of an outbox message and what each kind of failure does to its attempts. */
class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-11-23T07:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 4);

    private static OutboxMessage message() {
        return new OutboxMessage(7L, "now:7:1", "NOW", "reader@example.org", "Feedwatch: 1 new match",
                "<id@localhost>", "<p>hi</p>", "hi", 1, T0);
    }

    @Test
    void aTemporaryRefusalWaitsLongerEachTimeThenGivesUp() {
        OutboxMessage m = message();
        m.refusedForNow("451 4.3.0 later", T0, POLICY);
        assertEquals(OutboxStatus.PENDING, m.status());
        assertEquals(1, m.attempts());
        assertEquals(T0.plus(Duration.ofMinutes(1)), m.nextAttemptAt());
        m.refusedForNow("451 4.3.0 later", T0, POLICY);
        assertEquals(T0.plus(Duration.ofMinutes(2)), m.nextAttemptAt());
        m.refusedForNow("451 4.3.0 later", T0, POLICY);
        assertEquals(T0.plus(Duration.ofMinutes(4)), m.nextAttemptAt());
        m.refusedForNow("451 4.3.0 still later", T0, POLICY);
        assertEquals(OutboxStatus.FAILED, m.status());
        assertEquals("gave up after 4 attempts: 451 4.3.0 still later", m.lastError().orElseThrow());
    }

    @Test
    void waitingForAnUnreachableServerCostsNoAttempt() {
        OutboxMessage m = message();
        for (int i = 0; i < 50; i++) {
            m.waiting("cannot use the mail server: Connection refused", T0.plusSeconds(i));
        }
        assertEquals(OutboxStatus.PENDING, m.status());
        assertEquals(0, m.attempts());
        assertEquals("cannot use the mail server: Connection refused", m.lastError().orElseThrow());
        assertTrue(m.sent(T0.plusSeconds(60)));
        assertEquals(1, m.attempts());
        assertTrue(m.lastError().isEmpty());
    }

    @Test
    void aPermanentRefusalFailsAtOnceAndOnlyAFailedMessageCanBeRetried() {
        OutboxMessage m = message();
        assertFalse(m.retry(T0), "a pending message is not retried");
        m.refused("550 5.1.1 user unknown (answer to RCPT TO:<reader@example.org>)");
        assertEquals(OutboxStatus.FAILED, m.status());
        assertEquals(1, m.attempts());
        assertFalse(m.sent(T0), "a failed message is not marked sent");
        assertTrue(m.retry(T0.plusSeconds(5)));
        assertEquals(OutboxStatus.PENDING, m.status());
        assertEquals(0, m.attempts());
        assertEquals(T0.plusSeconds(5), m.nextAttemptAt());
    }

    @Test
    void expiryFailsOnlyPendingMessages() {
        OutboxMessage pending = message();
        pending.expired("not delivered within PT72H");
        assertEquals(OutboxStatus.FAILED, pending.status());
        assertEquals(0, pending.attempts());
        OutboxMessage sent = message();
        sent.sent(T0);
        sent.expired("not delivered within PT72H");
        assertEquals(OutboxStatus.SENT, sent.status());
    }

    @Test
    void theRetryDelayDoublesUpToTheMax() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(6), 100);
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofHours(6), policy.delayAfter(20));
        assertEquals(Duration.ofHours(6), policy.delayAfter(99));
    }
}
