package org.feedwatch.optin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.OptionalLong;
import org.feedwatch.config.SubscribeConfig;
import org.feedwatch.subscriber.LinkSigner;

/**
 * Confirmation links: signed for one subscriber and an expiry instant ({@code feedwatch.subscribe.confirm-ttl}
 * after the mail), so a link cannot be moved to another subscriber nor have its expiry pushed back.
 */
@ApplicationScoped
public class ConfirmLinks {

    /** What a confirmation link turned out to be. Forged and malformed links are not told apart (no detail leaks). */
    public enum Verdict { VALID, EXPIRED, INVALID }

    /** @param subscriberId the subscriber it names, present when VALID or EXPIRED */
    public record Check(Verdict verdict, OptionalLong subscriberId) {
    }

    /** A link to put into a confirmation mail. */
    public record Link(String url, Instant expires) {
    }

    @Inject
    LinkSigner signer;

    @Inject
    SubscribeConfig config;

    public Link issue(long subscriberId, Instant now) {
        long expires = now.plus(config.confirmTtl()).getEpochSecond();
        return new Link(signer.confirmUrl(subscriberId, expires), Instant.ofEpochSecond(expires));
    }

    /** Checks the {@code s}, {@code e} and {@code t} parameters of a confirmation link at {@code now}. */
    public Check check(String s, String e, String t, Instant now) {
        long id;
        long expires;
        try {
            id = Long.parseLong(s == null ? "" : s.strip());
            expires = Long.parseLong(e == null ? "" : e.strip());
        } catch (NumberFormatException bad) {
            return new Check(Verdict.INVALID, OptionalLong.empty());
        }
        if (!signer.verifyExpiring(LinkSigner.CONFIRM, id, expires, t)) {
            return new Check(Verdict.INVALID, OptionalLong.empty());
        }
        // Checked only once the signature holds: the expiry in a forged link means nothing.
        Verdict verdict = now.getEpochSecond() < expires ? Verdict.VALID : Verdict.EXPIRED;
        return new Check(verdict, OptionalLong.of(id));
    }
}
