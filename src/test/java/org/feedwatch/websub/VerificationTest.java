package org.feedwatch.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.feed.WebSubState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerificationTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:20:00Z");
    private static final Duration ASKED = Duration.ofDays(10);
    private static final String TOPIC = "https://news.example.org/feed.xml";

    private static Verification.Callback current(WebSubState state) {
        return new Verification.Callback(true, true, true, Optional.of(TOPIC), state);
    }

    private static Verification.Request subscribe(String topic, String challenge, String lease) {
        return new Verification.Request("subscribe", topic, challenge, lease, null);
    }

    @Test
    void confirmsAPendingSubscriptionWithTheLeaseTheHubGrants() {
        Verification.Outcome outcome = Verification.decide(subscribe(TOPIC, "c-123", "86400"),
                current(WebSubState.PENDING), NOW, ASKED);
        assertEquals(new Verification.Confirm("c-123", Optional.of(NOW.plus(Duration.ofDays(1)))), outcome);
    }

    @Test
    void confirmsARenewalOfAnActiveSubscription() {
        Verification.Outcome outcome = Verification.decide(subscribe(TOPIC, "c", "3600"),
                current(WebSubState.ACTIVE), NOW, ASKED);
        assertEquals(new Verification.Confirm("c", Optional.of(NOW.plus(Duration.ofHours(1)))), outcome);
    }

    @ParameterizedTest
    @EnumSource(value = WebSubState.class, names = {"NONE", "FAILED"})
    void refusesASubscriptionNobodyAskedFor(WebSubState state) {
        assertInstanceOf(Verification.NotFound.class,
                Verification.decide(subscribe(TOPIC, "c", "3600"), current(state), NOW, ASKED));
    }

    @Test
    void refusesAnotherTopic() {
        assertInstanceOf(Verification.NotFound.class, Verification.decide(
                subscribe("https://evil.example/feed", "c", "3600"), current(WebSubState.PENDING), NOW, ASKED));
        assertInstanceOf(Verification.NotFound.class, Verification.decide(
                subscribe(null, "c", "3600"), current(WebSubState.PENDING), NOW, ASKED));
    }

    @Test
    void refusesACallbackTheFeedDoesNotUse() {
        Verification.Callback stale = new Verification.Callback(true, false, true, Optional.of(TOPIC),
                WebSubState.PENDING);
        Verification.Callback noFeed = new Verification.Callback(false, false, true, Optional.empty(),
                WebSubState.NONE);
        assertInstanceOf(Verification.NotFound.class,
                Verification.decide(subscribe(TOPIC, "c", "3600"), stale, NOW, ASKED));
        assertInstanceOf(Verification.NotFound.class,
                Verification.decide(subscribe(TOPIC, "c", "3600"), noFeed, NOW, ASKED));
    }

    @Test
    void refusesAMissingOrOversizedChallenge() {
        assertInstanceOf(Verification.NotFound.class, Verification.decide(subscribe(TOPIC, null, "3600"),
                current(WebSubState.PENDING), NOW, ASKED));
        assertInstanceOf(Verification.NotFound.class, Verification.decide(subscribe(TOPIC, "", "3600"),
                current(WebSubState.PENDING), NOW, ASKED));
        assertInstanceOf(Verification.NotFound.class, Verification.decide(
                subscribe(TOPIC, "x".repeat(Verification.MAX_CHALLENGE_CHARS + 1), "3600"),
                current(WebSubState.PENDING), NOW, ASKED));
    }

    @Test
    void keepsTheLeaseWithinBoundsAndFallsBackToTheOneAskedFor() {
        assertEquals(ASKED, Verification.lease(null, ASKED));
        assertEquals(ASKED, Verification.lease("ten days", ASKED));
        assertEquals(Verification.MIN_LEASE, Verification.lease("0", ASKED));
        assertEquals(Verification.MIN_LEASE, Verification.lease("-5", ASKED));
        assertEquals(Verification.MAX_LEASE, Verification.lease("999999999999", ASKED));
        assertEquals(Duration.ofSeconds(864000), Verification.lease(" 864000 ", ASKED));
    }

    @Test
    void confirmsUnsubscribingACallbackTheFeedNoLongerUses() {
        Verification.Request unsubscribe = new Verification.Request("unsubscribe", TOPIC, "bye", null, null);
        Verification.Callback deleted = new Verification.Callback(false, false, true, Optional.empty(),
                WebSubState.NONE);
        assertEquals(new Verification.Confirm("bye", Optional.empty()),
                Verification.decide(unsubscribe, deleted, NOW, ASKED));
    }

    @Test
    void refusesUnsubscribingACallbackInUseOrNotIssuedHere() {
        Verification.Request unsubscribe = new Verification.Request("unsubscribe", TOPIC, "bye", null, null);
        assertInstanceOf(Verification.NotFound.class,
                Verification.decide(unsubscribe, current(WebSubState.ACTIVE), NOW, ASKED));
        Verification.Callback forged = new Verification.Callback(false, false, false, Optional.empty(),
                WebSubState.NONE);
        assertInstanceOf(Verification.NotFound.class, Verification.decide(unsubscribe, forged, NOW, ASKED));
    }

    @Test
    void recordsADenialOnTheCurrentCallbackOnly() {
        Verification.Request denied = new Verification.Request("denied", TOPIC, null, null, "not allowed");
        Verification.Outcome outcome = Verification.decide(denied, current(WebSubState.PENDING), NOW, ASKED);
        assertEquals(new Verification.Denied("the hub denied the subscription: not allowed"), outcome);
        Verification.Callback stale = new Verification.Callback(true, false, true, Optional.of(TOPIC),
                WebSubState.PENDING);
        assertInstanceOf(Verification.NotFound.class, Verification.decide(denied, stale, NOW, ASKED));
    }

    @Test
    void refusesUnknownModes() {
        assertInstanceOf(Verification.NotFound.class, Verification.decide(
                new Verification.Request(null, TOPIC, "c", "60", null), current(WebSubState.PENDING), NOW, ASKED));
        assertInstanceOf(Verification.NotFound.class, Verification.decide(
                new Verification.Request("publish", TOPIC, "c", "60", null), current(WebSubState.PENDING), NOW,
                ASKED));
    }
}
