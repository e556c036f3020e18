package org.feedwatch.web.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.feedwatch.config.SecretConfig;

/**
 * Tokens against cross-site request forgery: the browser keeps a random value in a cookie (HttpOnly, SameSite=Lax)
 * and every form carries an HMAC of it under the server's key. A forged form from another site can neither read the
 * cookie nor compute the HMAC, and the server keeps no session for it.
 */
@ApplicationScoped
public class CsrfTokens {

    /** The cookie that holds the browser's random value. */
    public static final String COOKIE = "fw_csrf";
    /** The form field, query parameter (multipart forms) and header (scripts) that carry the token. */
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final Pattern COOKIE_VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SecretConfig secret;

    /** A fresh value for the cookie: 32 random bytes. */
    public String newCookieValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for a value this server could have set (anything else in the cookie is replaced). */
    public static boolean wellFormed(String cookieValue) {
        return cookieValue != null && COOKIE_VALUE.matcher(cookieValue).matches();
    }

    /** The token forms carry for the browser holding {@code cookieValue}. */
    public String tokenFor(String cookieValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] sig = mac.doFinal(("csrf:" + cookieValue).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when {@code token} was made for this cookie value; compared in constant time. */
    public boolean valid(String cookieValue, String token) {
        if (!wellFormed(cookieValue) || token == null || token.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(cookieValue).getBytes(StandardCharsets.US_ASCII),
                token.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
