package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HostLimiterTest {

    /** A deadline that has passed: acquire answers at once. */
    private static long passed() {
        return System.nanoTime() - 1;
    }

    private static long inAMinute() {
        return System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    }

    @Test
    void allowsPerHostRequestsToOneHostAndNoMore() throws Exception {
        HostLimiter limiter = new HostLimiter(2);
        HostLimiter.Permit first = limiter.acquire("feeds.example.org", passed());
        HostLimiter.Permit second = limiter.acquire("FEEDS.example.org", passed());
        assertNotNull(first);
        assertNotNull(second);
        assertNull(limiter.acquire("feeds.example.org", passed()), "a third request to the same host");
        assertEquals(2, limiter.inFlight("feeds.example.org"));
    }

    @Test
    void otherHostsAreNotHeldUp() throws Exception {
        HostLimiter limiter = new HostLimiter(1);
        assertNotNull(limiter.acquire("a.example", passed()));
        assertNotNull(limiter.acquire("b.example", passed()));
    }

    @Test
    void aReleasedPermitFreesTheSlotOnceHoweverOftenItIsClosed() throws Exception {
        HostLimiter limiter = new HostLimiter(2);
        HostLimiter.Permit first = limiter.acquire("a.example", passed());
        limiter.acquire("a.example", passed());
        first.close();
        first.close();
        assertEquals(1, limiter.inFlight("a.example"));
        assertNotNull(limiter.acquire("a.example", passed()));
        assertNull(limiter.acquire("a.example", passed()));
    }

    @Test
    void forgetsHostsWithNothingInFlight() throws Exception {
        HostLimiter limiter = new HostLimiter(1);
        limiter.acquire("a.example", passed()).close();
        assertEquals(0, limiter.inFlight("a.example"));
    }

    @Test
    void aWaitingRequestStartsWhenAPermitIsReleased() throws Exception {
        HostLimiter limiter = new HostLimiter(1);
        HostLimiter.Permit held = limiter.acquire("a.example", passed());
        CompletableFuture<HostLimiter.Permit> next = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                next.complete(limiter.acquire("a.example", inAMinute()));
            } catch (InterruptedException e) {
                next.completeExceptionally(e);
            }
        });
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING && !next.isDone()) {
            Thread.onSpinWait();                            // until the waiter sits in the limiter's wait
        }
        assertFalse(next.isDone(), "the second request must wait while the only slot is held");
        held.close();
        assertNotNull(next.get(30, TimeUnit.SECONDS), "the waiting request got the freed slot");
        assertEquals(1, limiter.inFlight("a.example"));
    }

    @Test
    void refusesALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new HostLimiter(0));
    }
}
