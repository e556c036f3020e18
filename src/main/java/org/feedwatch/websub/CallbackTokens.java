package org.feedwatch.websub;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The unguessable last segment of a feed's callback URL ({@code /websub/<feedId>/<token>}) and the secret shared
 * with the hub, both derived from the server key. A token is a random nonce plus a MAC of the feed id and the
 * nonce, so the server can tell a token it issued even after the feed (and its stored token) is gone — which lets
 * it confirm the hub's unsubscribe verification for a deleted feed. The hub secret is a MAC of the token, so it is
 * never stored. Each derivation has its own label, so no value doubles as another (or as a signed mail link).
 */
public final class CallbackTokens {

    private static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 16;
    /** Hex length of a token: nonce and MAC. */
    static final int TOKEN_CHARS = 2 * (NONCE_BYTES + MAC_BYTES);

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();

    public CallbackTokens(byte[] serverKey) {
        this.key = Objects.requireNonNull(serverKey, "serverKey").clone();
    }

    /** A fresh token for the feed's callback. */
    public String newToken(long feedId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String nonceHex = HexFormat.of().formatHex(nonce);
        return nonceHex + HexFormat.of().formatHex(mac(feedId, nonceHex));
    }

    /** True when this server issued {@code token} for {@code feedId} (whether or not the feed still uses it). */
    public boolean issued(long feedId, String token) {
        if (token == null || token.length() != TOKEN_CHARS) {
            return false;
        }
        String nonceHex = token.substring(0, 2 * NONCE_BYTES);
        byte[] given;
        try {
            HexFormat.of().parseHex(nonceHex);
            given = HexFormat.of().parseHex(token.substring(2 * NONCE_BYTES));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(feedId, nonceHex), given);
    }

    /** The hub.secret for the subscription whose callback ends in {@code token}: 64 hex characters. */
    public String secret(String token) {
        return HexFormat.of().formatHex(HubSignature.hmac("HmacSHA256", key,
                HubSignature.utf8("websub-secret:" + Objects.requireNonNull(token, "token"))));
    }

    /** Constant-time equality of a token from a request and the stored one. */
    public static boolean same(String given, String stored) {
        return given != null && stored != null
                && MessageDigest.isEqual(HubSignature.utf8(given), HubSignature.utf8(stored));
    }

    private byte[] mac(long feedId, String nonceHex) {
        byte[] full = HubSignature.hmac("HmacSHA256", key, HubSignature.utf8("websub-callback:" + feedId + ":"
                + nonceHex));
        return Arrays.copyOf(full, MAC_BYTES);
    }
}
