package org.feedwatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebSubSubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:20:00Z");
    private static final Optional<String> HUB = Optional.of("https://hub.example.org/");
    private static final Optional<String> TOPIC = Optional.of("https://news.example.org/feed.xml");

    private final WebSubSubscription sub = new WebSubSubscription();

    @Test
    void goesFromAdvertisedToPendingToActive() {
        assertEquals(WebSubState.NONE, sub.state());
        sub.advertised(HUB, TOPIC);
        assertEquals(HUB, sub.hub());
        assertEquals(WebSubState.NONE, sub.state());
        sub.assignToken("t1");
        sub.assignToken("t2");
        assertEquals(Optional.of("t1"), sub.token(), "the callback stays the same");
        sub.requested(NOW);
        assertEquals(WebSubState.PENDING, sub.state());
        sub.verified(NOW.plus(Duration.ofDays(10)));
        assertTrue(sub.isActive(NOW));
        assertFalse(sub.isActive(NOW.plus(Duration.ofDays(10))), "the lease has ended");
    }

    @Test
    void aFailedRenewalKeepsTheLeaseWhileItLasts() {
        sub.advertised(HUB, TOPIC);
        sub.requested(NOW);
        sub.verified(NOW.plus(Duration.ofHours(5)));
        sub.requestFailed("HTTP 500", NOW);
        assertEquals(WebSubState.ACTIVE, sub.state());
        assertEquals(Optional.of("HTTP 500"), sub.lastError());
        sub.requestFailed("HTTP 500", NOW.plus(Duration.ofHours(6)));
        assertEquals(WebSubState.FAILED, sub.state());
        assertEquals(Optional.empty(), sub.leaseExpiresAt());
    }

    @Test
    void aDenialFails() {
        sub.advertised(HUB, TOPIC);
        sub.requested(NOW);
        sub.denied("no");
        assertEquals(WebSubState.FAILED, sub.state());
        assertEquals(Optional.of("no"), sub.lastError());
    }

    @Test
    void anotherHubOrNoHubStartsOverWithANewToken() {
        sub.advertised(HUB, TOPIC);
        sub.assignToken("t1");
        sub.requested(NOW);
        sub.verified(NOW.plus(Duration.ofDays(1)));
        sub.advertised(HUB, TOPIC);
        assertEquals(WebSubState.ACTIVE, sub.state(), "the same hub and topic change nothing");
        sub.advertised(Optional.of("https://other-hub.example.org/"), TOPIC);
        assertEquals(WebSubState.NONE, sub.state());
        assertEquals(Optional.empty(), sub.token());
        assertEquals(Optional.empty(), sub.leaseExpiresAt());
        sub.assignToken("t2");
        sub.advertised(Optional.empty(), TOPIC);
        assertEquals(Optional.empty(), sub.hub());
        assertEquals(WebSubState.NONE, sub.state());
        assertEquals(Optional.empty(), sub.token());
    }

    @Test
    void ignoresOverlongUrls() {
        sub.advertised(Optional.of("https://hub.example.org/" + "a".repeat(WebSubSubscription.MAX_URL)), TOPIC);
        assertEquals(Optional.empty(), sub.hub());
    }
}
