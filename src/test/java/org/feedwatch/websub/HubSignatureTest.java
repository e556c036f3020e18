package org.feedwatch.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HubSignatureTest {

    private static final byte[] SECRET = "a-secret-shared-with-the-hub".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "<feed>news</feed>".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAKnownSha256Value() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the textbook value.
        byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
        byte[] key = "key".getBytes(StandardCharsets.UTF_8);
        String expected = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";
        assertEquals(expected, HubSignature.sha256(body, key));
        assertTrue(HubSignature.valid(expected, body, key));
    }

    @ParameterizedTest
    @CsvSource({"sha1,HmacSHA1", "sha256,HmacSHA256", "sha384,HmacSHA384", "sha512,HmacSHA512",
            "SHA256,HmacSHA256"})
    void acceptsEveryMethodTheSpecNames(String method, String algorithm) {
        String hex = HexFormat.of().formatHex(HubSignature.hmac(algorithm, SECRET, BODY));
        assertTrue(HubSignature.valid(method + "=" + hex, BODY, SECRET));
        assertTrue(HubSignature.valid(method + "=" + hex.toUpperCase(), BODY, SECRET), "hex case does not matter");
    }

    @Test
    void refusesAnotherBodyOrSecret() {
        String signature = HubSignature.sha256(BODY, SECRET);
        assertFalse(HubSignature.valid(signature, "<feed>forged</feed>".getBytes(StandardCharsets.UTF_8), SECRET));
        assertFalse(HubSignature.valid(signature, BODY, "another-secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAMethodTheHeaderDoesNotMatch() {
        String hex = HubSignature.sha256(BODY, SECRET).substring("sha256=".length());
        assertFalse(HubSignature.valid("sha512=" + hex, BODY, SECRET));
        assertFalse(HubSignature.valid("md5=" + hex, BODY, SECRET));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"sha256", "sha256=", "sha256=zz", "sha256=abc", "=00", "sha256 00"})
    void refusesMissingOrMalformedHeaders(String header) {
        assertFalse(HubSignature.valid(header, BODY, SECRET));
    }

    @Test
    void refusesATruncatedSignature() {
        String signature = HubSignature.sha256(BODY, SECRET);
        assertFalse(HubSignature.valid(signature.substring(0, signature.length() - 2), BODY, SECRET));
    }
}
