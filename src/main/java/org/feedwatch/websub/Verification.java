package org.feedwatch.websub;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.feed.WebSubState;

/**
 * The answer to a hub's verification of intent (WebSub 5.3), a GET on the callback with {@code hub.mode},
 * {@code hub.topic}, {@code hub.challenge} and, for subscribe, {@code hub.lease_seconds}. Free of I/O.
 *
 * <ul>
 *   <li>subscribe: confirmed (the challenge echoed) only on the callback the feed uses now, for the topic it
 *       advertises, while a request is pending or the subscription active (a renewal); the lease is what the hub
 *       grants, within {@link #MIN_LEASE} … {@link #MAX_LEASE} (the lease asked for when it names none).</li>
 *   <li>unsubscribe: confirmed only for a callback this server issued for the feed that the feed no longer uses
 *       (the feed was deleted, or moved to another hub or callback): an attacker cannot end a subscription we
 *       want.</li>
 *   <li>denied: recorded with the hub's reason, on the feed's current callback and topic.</li>
 *   <li>anything else — unknown callback, other topic, missing or oversized challenge: 404, as the spec asks.</li>
 * </ul>
 */
public final class Verification {

    static final int MAX_CHALLENGE_CHARS = 1024;
    static final Duration MIN_LEASE = Duration.ofMinutes(1);
    static final Duration MAX_LEASE = Duration.ofDays(365);

    /** The query parameters of the hub's GET, as sent (any may be null). */
    public record Request(String mode, String topic, String challenge, String leaseSeconds, String reason) {
    }

    /**
     * What the server knows of the callback.
     *
     * @param feedExists   the feed in the callback URL exists
     * @param current      the feed uses exactly this token now
     * @param issued       this server issued the token for this feed ({@link CallbackTokens#issued})
     * @param topic        the topic the feed's subscription is for
     * @param state        the subscription's state
     */
    public record Callback(boolean feedExists, boolean current, boolean issued, Optional<String> topic,
                           WebSubState state) {
    }

    /** The decision: echo the challenge (and record a lease), record a denial, or 404. */
    public sealed interface Outcome {
    }

    /** @param leaseUntil present for a confirmed subscribe */
    public record Confirm(String challenge, Optional<Instant> leaseUntil) implements Outcome {
    }

    public record Denied(String reason) implements Outcome {
    }

    public record NotFound() implements Outcome {
    }

    private Verification() {
    }

    public static Outcome decide(Request request, Callback callback, Instant now, Duration askedLease) {
        String mode = request.mode() == null ? "" : request.mode();
        boolean ours = callback.feedExists() && callback.current()
                && callback.topic().filter(t -> t.equals(request.topic())).isPresent();
        switch (mode) {
            case "subscribe":
                boolean wanted = callback.state() == WebSubState.PENDING || callback.state() == WebSubState.ACTIVE;
                if (ours && wanted && usable(request.challenge())) {
                    return new Confirm(request.challenge(), Optional.of(now.plus(lease(request.leaseSeconds(),
                            askedLease))));
                }
                return new NotFound();
            case "unsubscribe":
                if (callback.issued() && !(callback.feedExists() && callback.current())
                        && usable(request.challenge())) {
                    return new Confirm(request.challenge(), Optional.empty());
                }
                return new NotFound();
            case "denied":
                return ours ? new Denied("the hub denied the subscription: "
                        + (request.reason() == null ? "no reason given" : request.reason())) : new NotFound();
            default:
                return new NotFound();
        }
    }

    /** The lease the hub granted, kept within bounds; the one asked for when the hub names none usable. */
    static Duration lease(String leaseSeconds, Duration asked) {
        long seconds;
        try {
            seconds = Long.parseLong(leaseSeconds == null ? "" : leaseSeconds.strip());
        } catch (NumberFormatException e) {
            return asked;
        }
        Duration granted = Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_LEASE.toSeconds())));
        return granted.compareTo(MIN_LEASE) < 0 ? MIN_LEASE : granted;
    }

    private static boolean usable(String challenge) {
        return challenge != null && !challenge.isEmpty() && challenge.length() <= MAX_CHALLENGE_CHARS;
    }
}
