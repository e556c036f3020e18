package org.feedwatch.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.feedwatch.config.SecretConfig;
import org.feedwatch.config.ServerConfig;

/**
 * Signs the links in a subscriber's mail with HMAC-SHA256, so whoever holds the mail (and only they) can act on
 * the subscription without a password. A token is bound to one purpose and one subscriber.
 */
@ApplicationScoped
public class LinkSigner {

    public static final String UNSUBSCRIBE = "unsubscribe";
    public static final String MANAGE = "manage";

    @Inject
    SecretConfig secret;

    @Inject
    ServerConfig server;

    public String token(String purpose, long subscriberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] sig = mac.doFinal((purpose + ":" + subscriberId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public boolean verify(String purpose, long subscriberId, String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        byte[] expected = token(purpose, subscriberId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The one-click unsubscribe URL (GET shows a page, POST unsubscribes at once, RFC 8058). */
    public String unsubscribeUrl(long subscriberId) {
        return server.baseUrl() + "/unsubscribe?s=" + subscriberId + "&t=" + token(UNSUBSCRIBE, subscriberId);
    }

    /** The subscriber's past digests on the web ("read online"); signed like the manage link. */
    public String archiveUrl(long subscriberId) {
        return server.baseUrl() + "/archive?s=" + subscriberId + "&t=" + token(MANAGE, subscriberId);
    }

    /** The page that shows a subscription and lets its owner stop it. */
    public String manageUrl(long subscriberId) {
        return server.baseUrl() + "/subscription?s=" + subscriberId + "&t=" + token(MANAGE, subscriberId);
    }
}
