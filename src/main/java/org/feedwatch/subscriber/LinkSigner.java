package org.feedwatch.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.feedwatch.config.MailConfig;
import org.feedwatch.config.SecretConfig;
import org.feedwatch.config.ServerConfig;

/**
 * Signs the links in a subscriber's mail with HMAC-SHA256, so whoever holds the mail (and only they) can act on
 * the subscription without a password. A token is bound to one purpose and one subscriber. New tokens are signed
 * with the current key; a token made with a previous key still verifies during its grace period (see
 * {@link SecretConfig}), so rotating the key does not break links in mails already sent.
 */
@ApplicationScoped
public class LinkSigner {

    public static final String UNSUBSCRIBE = "unsubscribe";
    public static final String MANAGE = "manage";
    /** The private Atom feed of a subscriber's matches. */
    public static final String FEED = "feed";
    /** The double opt-in link; its token also covers an expiry instant (see {@link #expiringToken}). */
    public static final String CONFIRM = "confirm";

    private static final Pattern MAILTO_SUBJECT = Pattern.compile("(?i)\\bunsubscribe\\s+([0-9]{1,18})\\.([A-Za-z0-9_-]{20,100})");

    @Inject
    MailConfig mail;

    @Inject
    SecretConfig secret;

    @Inject
    ServerConfig server;

    public String token(String purpose, long subscriberId) {
        return sign(purpose + ":" + subscriberId);
    }

    public boolean verify(String purpose, long subscriberId, String token) {
        return signedByUs(purpose + ":" + subscriberId, token);
    }

    /**
     * A token that is only good until {@code expires}: the instant (whole seconds) is part of what is signed, so
     * changing the {@code e} parameter of a link breaks its signature. Whether it has passed is the caller's check.
     */
    public String expiringToken(String purpose, long subscriberId, long expiresEpochSecond) {
        return sign(purpose + ":" + subscriberId + ":" + expiresEpochSecond);
    }

    /** True when the token was signed by us for this purpose, subscriber and expiry (which may have passed). */
    public boolean verifyExpiring(String purpose, long subscriberId, long expiresEpochSecond, String token) {
        return signedByUs(purpose + ":" + subscriberId + ":" + expiresEpochSecond, token);
    }

    /** The double opt-in link: a page with a button that confirms (a GET changes nothing, see SubscribePages). */
    public String confirmUrl(long subscriberId, long expiresEpochSecond) {
        return server.baseUrl() + "/confirm?s=" + subscriberId + "&e=" + expiresEpochSecond + "&t="
                + expiringToken(CONFIRM, subscriberId, expiresEpochSecond);
    }

    private String sign(String message) {
        return sign(message, secret.key());
    }

    /** True when one of the keys that verify now (current, or previous during its grace) made this token. */
    private boolean signedByUs(String message, String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        boolean matched = false;
        for (byte[] key : secret.verificationKeys()) {
            matched |= same(sign(message, key), token); // no early exit: every key costs the same
        }
        return matched;
    }

    private static String sign(String message, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static boolean same(String expected, String token) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The one-click unsubscribe URL (GET shows a page, POST unsubscribes at once, RFC 8058). */
    public String unsubscribeUrl(long subscriberId) {
        return server.baseUrl() + "/unsubscribe?s=" + subscriberId + "&t=" + token(UNSUBSCRIBE, subscriberId);
    }

    /** The subscriber's past digests on the web ("read online"); signed like the manage link. */
    public String archiveUrl(long subscriberId) {
        return server.baseUrl() + "/archive?s=" + subscriberId + "&t=" + token(MANAGE, subscriberId);
    }

    /** One past digest on the web ("read online"): the archive id names it, the manage token proves the reader. */
    public String readOnlineUrl(long subscriberId, String archiveId) {
        return server.baseUrl() + "/archive/" + archiveId + "?s=" + subscriberId + "&t=" + token(MANAGE, subscriberId);
    }

    /** The secret URL of the subscriber's private Atom feed of matches. */
    public String feedUrl(long subscriberId) {
        return server.baseUrl() + "/feeds/" + subscriberId + "/" + token(FEED, subscriberId) + ".atom";
    }

    /**
     * The mailto: unsubscribe link of List-Unsubscribe (RFC 2369), when an address for it is configured: a mail
     * to it whose subject carries the signed request ({@code unsubscribe 42.<token>}) unsubscribes.
     */
    public Optional<String> unsubscribeMailto(long subscriberId) {
        return mail.unsubscribeAddress().map(address -> "mailto:" + address + "?subject=unsubscribe%20" + subscriberId
                + "." + token(UNSUBSCRIBE, subscriberId));
    }

    /** The subscriber a mailto: unsubscribe request names, when its subject carries a valid signed request. */
    public Optional<Long> unsubscribeRequest(String subject) {
        Matcher m = MAILTO_SUBJECT.matcher(subject == null ? "" : subject);
        if (!m.find()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(1));
        return verify(UNSUBSCRIBE, id, m.group(2)) ? Optional.of(id) : Optional.empty();
    }

    /** The page that shows a subscription and lets its owner stop it. */
    public String manageUrl(long subscriberId) {
        return server.baseUrl() + "/subscription?s=" + subscriberId + "&t=" + token(MANAGE, subscriberId);
    }
}
