package org.feedwatch.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only: a clock the test sets, deployed only with the ITs that move time (DeliveryModesIT). As an enabled
 * alternative its producer wins over the application's system clock, so every bean that injects {@link Clock}
 * — digest schedule, outbox, matching — reads the test's time. Until set, it is the system clock.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class TestClock {

    private final AtomicReference<Instant> now = new AtomicReference<>();

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                Instant set = now.get();
                return set == null ? Instant.now() : set;
            }
        };
    }

    public void set(Instant instant) {
        now.set(instant);
    }
}
