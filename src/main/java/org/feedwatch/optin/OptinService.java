package org.feedwatch.optin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.delivery.OutboxSender;
import org.feedwatch.subscriber.EmailAddresses;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;

/**
 * The public sign-up and its confirmation. The mail is recorded in the sign-up's transaction and sent by a drain
 * started in the background afterwards, so the answer takes as long whether a mail was recorded or not (a slow
 * answer for known addresses would tell them apart) and never waits for the mail server.
 */
@ApplicationScoped
public class OptinService {

    private static final Logger LOG = Logger.getLogger(OptinService.class.getName());

    @Inject
    SignUps signUps;

    @Inject
    ConfirmLinks links;

    @Inject
    OptinMails mails;

    @Inject
    org.feedwatch.delivery.Outbox outbox;

    @Inject
    SubscriberService subscribers;

    @Inject
    OutboxSender sender;

    @Inject
    Clock clock;

    @Resource(lookup = "concurrent/feedwatch")
    ManagedExecutorService executor;

    /**
     * Signs someone up (see {@link SignUps}). Returns normally for every valid request, whatever the address's
     * state; throws only for bad input, naming the field, with nothing stored.
     */
    public void subscribe(SubscribeRequest request) throws InvalidInputException {
        SignUps.Outcome outcome;
        try {
            outcome = signUps.signUp(request);
        } catch (RuntimeException e) {
            // Two sign-ups for one address at once: the loser's insert (or its mail key) breaks a unique
            // constraint at commit. The winner's mail covers both; anything else is a real failure.
            if (isKnown(request.email())) {
                LOG.fine(() -> "A parallel sign-up for the same address won: " + e);
                return;
            }
            throw e;
        }
        LOG.fine(() -> "Sign-up: " + outcome);
        if (outcome != SignUps.Outcome.NO_MAIL) {
            drainSoon();
        }
    }

    /** What a confirmation link is worth now, without changing anything (the page a GET shows). */
    public ConfirmLinks.Check check(String s, String e, String t) {
        ConfirmLinks.Check check = links.check(s, e, t, clock.instant());
        if (check.verdict() != ConfirmLinks.Verdict.INVALID
                && subscribers.find(check.subscriberId().getAsLong()).isEmpty()) {
            // Signed by us, but purged or deleted since: expired from the reader's point of view.
            return new ConfirmLinks.Check(ConfirmLinks.Verdict.EXPIRED, check.subscriberId());
        }
        return check;
    }

    /** The subscriber a checked link names (empty for an invalid link, or when they are gone). */
    public Optional<Subscriber> subscriber(ConfirmLinks.Check check) {
        return check.subscriberId().isPresent() ? subscribers.find(check.subscriberId().getAsLong()) : Optional.empty();
    }

    /** Confirms when the link is valid (idempotent); returns the confirmed subscriber, or the verdict's reason. */
    @Transactional
    public Optional<Subscriber> confirm(ConfirmLinks.Check check) {
        if (check.verdict() != ConfirmLinks.Verdict.VALID) {
            return Optional.empty();
        }
        return subscribers.confirm(check.subscriberId().getAsLong());
    }

    /** What an administrator's "send the confirmation again" did. */
    public enum Resend { SENT, ALREADY_CONFIRMED, TOO_SOON, NO_SUCH_SUBSCRIBER }

    /**
     * The administrator sends an unconfirmed subscriber a fresh confirmation mail (someone says theirs never came).
     * At most one a minute: the mail's key names the minute.
     */
    @Transactional
    public Resend resendConfirmation(long subscriberId) {
        Optional<Subscriber> subscriber = subscribers.find(subscriberId);
        if (subscriber.isEmpty()) {
            return Resend.NO_SUCH_SUBSCRIBER;
        }
        if (subscriber.get().confirmed()) {
            return Resend.ALREADY_CONFIRMED;
        }
        java.time.Instant now = clock.instant();
        Optional<java.time.Instant> last = outbox.lastRecorded(subscriberId, java.util.List.of(MailChoice.CONFIRM.name()));
        if (last.isPresent() && last.get().isAfter(now.minusSeconds(60))) {
            return Resend.TOO_SOON;
        }
        mails.confirmation(subscriber.get(), now);
        drainSoon();
        return Resend.SENT;
    }

    private boolean isKnown(String email) {
        try {
            return subscribers.findByEmail(EmailAddresses.canonical("email", email)).isPresent();
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private void drainSoon() {
        try {
            executor.submit(sender::drain);
        } catch (RejectedExecutionException e) {
            LOG.warning("Could not start sending now; the outbox timer sends it within a minute: " + e.getMessage());
        }
    }
}
