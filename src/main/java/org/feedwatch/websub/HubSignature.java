package org.feedwatch.websub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Hub-Signature} of a content distribution: {@code method=HEX}, the HMAC of the raw body with the
 * subscription's secret, method sha1, sha256, sha384 or sha512 (WebSub 8). Compared in constant time.
 */
public final class HubSignature {

    private static final Map<String, String> ALGORITHMS = Map.of("sha1", "HmacSHA1", "sha256", "HmacSHA256",
            "sha384", "HmacSHA384", "sha512", "HmacSHA512");

    private HubSignature() {
    }

    /** True when {@code header} is a well-formed signature of {@code body} with {@code secret}; false otherwise. */
    public static boolean valid(String header, byte[] body, byte[] secret) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(secret, "secret");
        if (header == null) {
            return false;
        }
        int equals = header.indexOf('=');
        if (equals < 0) {
            return false;
        }
        String algorithm = ALGORITHMS.get(header.substring(0, equals).strip().toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(equals + 1).strip());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(algorithm, secret, body), given);
    }

    /** {@code sha256=HEX} of {@code body}: what a hub sends (used by the tests and to document the format). */
    public static String sha256(byte[] body, byte[] secret) {
        return "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", secret, body));
    }

    static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
