package org.feedwatch.subscriber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.feedwatch.config.TestConfigs;
import org.junit.jupiter.api.Test;

/** Rotating feedwatch.secret: old links work during the grace period and stop after it; new links use the new key. */
class LinkSignerRotationTest {

    private static final String OLD = "the-old-signing-key-that-is-long-enough-0001";
    private static final String OLDER = "an-even-older-signing-key-long-enough-00002";
    private static final String NEW = "the-new-signing-key-that-is-long-enough-0003";
    private static final String BASE = "https://feedwatch.example.org";
    private static final Instant UNTIL = Instant.parse("2026-12-31T00:00:00Z");
    private static final Optional<String> MAILTO = Optional.of("unsubscribe@feedwatch.example.org");

    private final LinkSigner before = TestLinkSigners.of(OLD, BASE, MAILTO);

    private static LinkSigner rotated(Instant now) {
        return TestLinkSigners.of(TestConfigs.secret(NEW, Optional.of(List.of(OLDER, OLD)),
                Optional.of(UNTIL.toString()), Clock.fixed(now, ZoneOffset.UTC)), BASE, MAILTO);
    }

    private static String tokenOf(String url) {
        return url.substring(url.indexOf("&t=") + 3);
    }

    @Test
    void linksSignedWithTheOldKeyVerifyDuringTheGracePeriod() {
        LinkSigner during = rotated(UNTIL.minusSeconds(1));
        assertTrue(during.verify(LinkSigner.UNSUBSCRIBE, 42, tokenOf(before.unsubscribeUrl(42))));
        assertTrue(during.verify(LinkSigner.MANAGE, 42, tokenOf(before.manageUrl(42))));
        assertTrue(during.verify(LinkSigner.FEED, 42, before.token(LinkSigner.FEED, 42)));
        assertTrue(during.verifyExpiring(LinkSigner.CONFIRM, 42, 1_900_000_000L,
                before.expiringToken(LinkSigner.CONFIRM, 42, 1_900_000_000L)));
        String subject = before.unsubscribeMailto(42).orElseThrow().replaceFirst(".*subject=", "").replace("%20", " ");
        assertEquals(Optional.of(42L), during.unsubscribeRequest(subject));
    }

    @Test
    void everyListedPreviousKeyVerifies() {
        LinkSigner older = TestLinkSigners.of(OLDER, BASE, MAILTO);
        assertTrue(rotated(UNTIL.minusSeconds(60)).verify(LinkSigner.MANAGE, 7, older.token(LinkSigner.MANAGE, 7)));
    }

    @Test
    void linksSignedWithTheOldKeyStopAtTheEndOfTheGracePeriod() {
        LinkSigner after = rotated(UNTIL);
        assertFalse(after.verify(LinkSigner.UNSUBSCRIBE, 42, tokenOf(before.unsubscribeUrl(42))));
        assertFalse(after.verify(LinkSigner.MANAGE, 42, tokenOf(before.manageUrl(42))));
        assertFalse(after.verify(LinkSigner.FEED, 42, before.token(LinkSigner.FEED, 42)));
        assertFalse(after.verifyExpiring(LinkSigner.CONFIRM, 42, 1_900_000_000L,
                before.expiringToken(LinkSigner.CONFIRM, 42, 1_900_000_000L)));
        String subject = before.unsubscribeMailto(42).orElseThrow().replaceFirst(".*subject=", "").replace("%20", " ");
        assertEquals(Optional.empty(), after.unsubscribeRequest(subject));
    }

    @Test
    void newLinksAreSignedWithTheNewKey() {
        LinkSigner during = rotated(UNTIL.minusSeconds(1));
        LinkSigner onlyNew = TestLinkSigners.of(NEW, BASE, MAILTO);
        assertEquals(onlyNew.unsubscribeUrl(42), during.unsubscribeUrl(42));
        assertEquals(onlyNew.manageUrl(42), during.manageUrl(42));
        assertEquals(onlyNew.feedUrl(42), during.feedUrl(42));
        assertEquals(onlyNew.confirmUrl(42, 1_900_000_000L), during.confirmUrl(42, 1_900_000_000L));
        assertEquals(onlyNew.unsubscribeMailto(42), during.unsubscribeMailto(42));
        assertNotEquals(before.manageUrl(42), during.manageUrl(42));
        assertTrue(rotated(UNTIL.plusSeconds(1)).verify(LinkSigner.MANAGE, 42, tokenOf(during.manageUrl(42))),
                "a new link outlives the grace period");
    }

    @Test
    void aTokenForAnotherSubscriberOrPurposeStillFails() {
        LinkSigner during = rotated(UNTIL.minusSeconds(1));
        String old = before.token(LinkSigner.UNSUBSCRIBE, 42);
        assertFalse(during.verify(LinkSigner.UNSUBSCRIBE, 43, old));
        assertFalse(during.verify(LinkSigner.MANAGE, 42, old));
        assertFalse(during.verify(LinkSigner.MANAGE, 42, null));
    }
}
