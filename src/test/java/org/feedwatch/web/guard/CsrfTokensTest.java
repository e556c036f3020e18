package org.feedwatch.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedwatch.config.TestConfigs;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    private final CsrfTokens tokens = tokens("a-signing-key-of-at-least-32-characters!!");

    private static CsrfTokens tokens(String secret) {
        CsrfTokens t = new CsrfTokens();
        t.secret = TestConfigs.secret(secret);
        return t;
    }

    @Test
    void aTokenIsValidOnlyForTheCookieItWasMadeFor() {
        String cookie = tokens.newCookieValue();
        String other = tokens.newCookieValue();
        assertNotEquals(cookie, other);
        assertTrue(tokens.valid(cookie, tokens.tokenFor(cookie)));
        assertFalse(tokens.valid(other, tokens.tokenFor(cookie)));
        assertFalse(tokens.valid(cookie, null));
        assertFalse(tokens.valid(cookie, ""));
        assertFalse(tokens.valid(null, tokens.tokenFor(cookie)));
    }

    @Test
    void anotherServersKeyMakesOtherTokens() {
        String cookie = tokens.newCookieValue();
        CsrfTokens elsewhere = tokens("another-signing-key-of-32-characters-or-more");
        assertFalse(tokens.valid(cookie, elsewhere.tokenFor(cookie)));
    }

    @Test
    void onlyValuesWeMakeAreAcceptedAsCookies() {
        assertTrue(CsrfTokens.wellFormed(tokens.newCookieValue()));
        assertEquals(43, tokens.newCookieValue().length());
        assertFalse(CsrfTokens.wellFormed("short"));
        assertFalse(CsrfTokens.wellFormed("x".repeat(42) + ";"));
        assertFalse(CsrfTokens.wellFormed(null));
        String cookie = "a".repeat(43); // well formed but chosen by an attacker: still needs our HMAC
        assertFalse(tokens.valid(cookie, "a".repeat(43)));
        assertTrue(tokens.valid(cookie, tokens.tokenFor(cookie)));
    }
}
