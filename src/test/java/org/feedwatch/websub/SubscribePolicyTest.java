package org.feedwatch.websub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.feed.WebSubState;
import org.junit.jupiter.api.Test;

class SubscribePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:20:00Z");
    private static final Duration RENEW_BEFORE = Duration.ofDays(1);

    private static boolean due(WebSubState state, Optional<Instant> leaseUntil, Optional<Instant> requestedAt) {
        return SubscribePolicy.due(state, leaseUntil, requestedAt, NOW, RENEW_BEFORE);
    }

    private static Optional<Instant> ago(Duration duration) {
        return Optional.of(NOW.minus(duration));
    }

    private static Optional<Instant> in(Duration duration) {
        return Optional.of(NOW.plus(duration));
    }

    @Test
    void subscribesAtOnceToANewHub() {
        assertTrue(due(WebSubState.NONE, Optional.empty(), Optional.empty()));
    }

    @Test
    void waitsForTheHubsVerificationBeforeAskingAgain() {
        assertFalse(due(WebSubState.PENDING, Optional.empty(), ago(Duration.ofMinutes(10))));
        assertTrue(due(WebSubState.PENDING, Optional.empty(), ago(SubscribePolicy.RETRY_UNVERIFIED)));
    }

    @Test
    void renewsAnActiveLeaseOnlyWhenItEndsSoon() {
        Optional<Instant> subscribed = ago(Duration.ofDays(9));
        assertFalse(due(WebSubState.ACTIVE, in(Duration.ofDays(3)), subscribed));
        assertFalse(due(WebSubState.ACTIVE, in(RENEW_BEFORE.plusMinutes(1)), subscribed));
        assertTrue(due(WebSubState.ACTIVE, in(RENEW_BEFORE), subscribed));
        assertTrue(due(WebSubState.ACTIVE, in(Duration.ofHours(2)), subscribed));
        assertTrue(due(WebSubState.ACTIVE, ago(Duration.ofHours(2)), subscribed), "an ended lease is renewed");
    }

    @Test
    void doesNotRepeatARenewalTheHubHasNotVerifiedYet() {
        Optional<Instant> lease = in(Duration.ofHours(12));
        assertFalse(due(WebSubState.ACTIVE, lease, ago(Duration.ofMinutes(10))));
        assertTrue(due(WebSubState.ACTIVE, lease, ago(SubscribePolicy.RETRY_UNVERIFIED)));
    }

    @Test
    void retriesAFailedHubAfterAWhile() {
        assertFalse(due(WebSubState.FAILED, Optional.empty(), ago(Duration.ofHours(1))));
        assertTrue(due(WebSubState.FAILED, Optional.empty(), ago(SubscribePolicy.RETRY_FAILED)));
    }
}
