package org.feedwatch.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallbackTokensTest {

    private final CallbackTokens tokens = new CallbackTokens(
            "a-server-key-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8));
    private final CallbackTokens otherServer = new CallbackTokens(
            "another-server-key-of-32-characters!".getBytes(StandardCharsets.UTF_8));

    @Test
    void aTokenIsRandomUrlSafeAndRecognisedForItsFeedOnly() {
        String token = tokens.newToken(7);
        assertEquals(CallbackTokens.TOKEN_CHARS, token.length());
        assertTrue(token.matches("[0-9a-f]+"), token);
        assertNotEquals(token, tokens.newToken(7));
        assertTrue(tokens.issued(7, token));
        assertFalse(tokens.issued(8, token), "the token names its feed");
        assertFalse(otherServer.issued(7, token), "another key did not issue it");
    }

    @Test
    void aForgedOrDamagedTokenIsNotRecognised() {
        String token = tokens.newToken(7);
        char last = token.charAt(token.length() - 1);
        assertFalse(tokens.issued(7, token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0')));
        assertFalse(tokens.issued(7, token.substring(1)));
        assertFalse(tokens.issued(7, "z" + token.substring(1)));
        assertFalse(tokens.issued(7, null));
    }

    @Test
    void theHubSecretIsDerivedFromTheTokenAndTheKey() {
        String token = tokens.newToken(7);
        assertEquals(tokens.secret(token), tokens.secret(token));
        assertEquals(64, tokens.secret(token).length());
        assertNotEquals(tokens.secret(token), tokens.secret(tokens.newToken(7)));
        assertNotEquals(tokens.secret(token), otherServer.secret(token));
    }

    @Test
    void comparesTokensWithoutNulls() {
        assertTrue(CallbackTokens.same("abc", "abc"));
        assertFalse(CallbackTokens.same("abc", "abd"));
        assertFalse(CallbackTokens.same(null, "abc"));
        assertFalse(CallbackTokens.same("abc", null));
    }
}
