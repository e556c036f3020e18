package org.feedwatch.optin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.subscriber.Subscriber;

/** Which mail a sign-up for an address that exists already earns, if any: the rate limit lives here. */
enum MailChoice {
    /** The confirmation mail: the address is not (or no longer) subscribed. */
    CONFIRM,
    /** "You are already subscribed, here is your manage link." */
    NOTICE,
    /** Nothing: a mail went to this address less than the interval ago. */
    NONE;

    /** The outbox kinds that count for the rate limit. */
    static final java.util.List<String> KINDS = java.util.List.of(CONFIRM.name(), NOTICE.name());

    /**
     * @param lastMail when the last confirmation or notice mail was recorded for this subscriber
     * @param interval at most one such mail per address in this time
     */
    static MailChoice of(Subscriber existing, Optional<Instant> lastMail, Instant now, Duration interval) {
        if (lastMail.isPresent() && lastMail.get().plus(interval).isAfter(now)) {
            return NONE;
        }
        return existing.active() ? NOTICE : CONFIRM;
    }
}
