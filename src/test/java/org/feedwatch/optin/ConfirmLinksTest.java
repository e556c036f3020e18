package org.feedwatch.optin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.feedwatch.config.TestConfigs;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.TestLinkSigners;
import org.junit.jupiter.api.Test;

class ConfirmLinksTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-32+";
    private static final Instant SENT = Instant.parse("2026-03-01T10:15:30Z");

    private final LinkSigner signer = TestLinkSigners.of(SECRET, "https://feedwatch.example.org", Optional.empty());
    private final ConfirmLinks links = links(signer);

    private static ConfirmLinks links(LinkSigner signer) {
        ConfirmLinks links = new ConfirmLinks();
        links.signer = signer;
        links.config = TestConfigs.subscribe(Duration.ofDays(2), Duration.ofDays(7), Duration.ofMinutes(10));
        return links;
    }

    private static Map<String, String> params(String url) {
        Map<String, String> params = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return params;
    }

    private ConfirmLinks.Check check(Map<String, String> p, Instant now) {
        return links.check(p.get("s"), p.get("e"), p.get("t"), now);
    }

    @Test
    void aFreshLinkIsValidForItsSubscriberUntilTheTtlIsOver() {
        ConfirmLinks.Link link = links.issue(42, SENT);
        assertTrue(link.url().startsWith("https://feedwatch.example.org/confirm?s=42&e="), link.url());
        assertEquals(SENT.plus(Duration.ofDays(2)).getEpochSecond(), link.expires().getEpochSecond());
        Map<String, String> p = params(link.url());
        assertEquals(new ConfirmLinks.Check(ConfirmLinks.Verdict.VALID, OptionalLong.of(42)), check(p, SENT));
        assertEquals(ConfirmLinks.Verdict.VALID, check(p, link.expires().minusSeconds(1)).verdict());
    }

    @Test
    void atAndAfterItsExpiryTheLinkIsExpiredButStillNamesItsSubscriber() {
        ConfirmLinks.Link link = links.issue(42, SENT);
        Map<String, String> p = params(link.url());
        assertEquals(new ConfirmLinks.Check(ConfirmLinks.Verdict.EXPIRED, OptionalLong.of(42)), check(p, link.expires()));
        assertEquals(ConfirmLinks.Verdict.EXPIRED, check(p, link.expires().plus(Duration.ofDays(30))).verdict());
    }

    @Test
    void pushingTheExpiryBackBreaksTheSignature() {
        Map<String, String> p = params(links.issue(42, SENT).url());
        long later = Long.parseLong(p.get("e")) + 86_400;
        p.put("e", Long.toString(later));
        assertEquals(new ConfirmLinks.Check(ConfirmLinks.Verdict.INVALID, OptionalLong.empty()),
                check(p, SENT.plus(Duration.ofDays(2))));
    }

    @Test
    void aLinkCannotBeMovedToAnotherSubscriberNorForgedNorTakenFromAnotherPurpose() {
        Map<String, String> p = params(links.issue(42, SENT).url());
        Map<String, String> other = new HashMap<>(p);
        other.put("s", "43");
        assertEquals(ConfirmLinks.Verdict.INVALID, check(other, SENT).verdict());

        Map<String, String> forged = new HashMap<>(p);
        forged.put("t", p.get("t").substring(1) + "A");
        assertEquals(ConfirmLinks.Verdict.INVALID, check(forged, SENT).verdict());

        // Signed with another key (another server, or a guess): invalid here.
        LinkSigner stranger = TestLinkSigners.of("another-secret-that-is-long-enough-32", "https://x.example",
                Optional.empty());
        Map<String, String> foreign = params(links(stranger).issue(42, SENT).url());
        assertEquals(ConfirmLinks.Verdict.INVALID, check(foreign, SENT).verdict());

        // The manage token of the same subscriber is no confirmation.
        Map<String, String> manage = new HashMap<>(p);
        manage.put("t", signer.token(LinkSigner.MANAGE, 42));
        assertEquals(ConfirmLinks.Verdict.INVALID, check(manage, SENT).verdict());
    }

    @Test
    void missingOrMalformedParametersAreInvalidNotErrors() {
        Map<String, String> p = params(links.issue(42, SENT).url());
        assertEquals(ConfirmLinks.Verdict.INVALID, links.check(null, p.get("e"), p.get("t"), SENT).verdict());
        assertEquals(ConfirmLinks.Verdict.INVALID, links.check("42", "soon", p.get("t"), SENT).verdict());
        assertEquals(ConfirmLinks.Verdict.INVALID, links.check("42", p.get("e"), null, SENT).verdict());
        assertEquals(ConfirmLinks.Verdict.INVALID, links.check("42", p.get("e"), "x".repeat(5000), SENT).verdict());
    }
}
