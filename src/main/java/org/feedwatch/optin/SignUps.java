package org.feedwatch.optin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.SubscribeConfig;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.rule.RuleService;
import org.feedwatch.subscriber.EmailAddresses;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;

/**
 * One sign-up in one transaction: everything is checked before anything is looked up or stored, so bad input is
 * the same 400 for every address and leaves nothing behind.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class SignUps {

    /** A public sign-up brings a handful of rules; more are added on the manage page. */
    static final int MAX_RULES = 20;

    @Inject
    SubscriberService subscribers;

    @Inject
    RuleService rules;

    @Inject
    Outbox outbox;

    @Inject
    OptinMails mails;

    @Inject
    SubscribeConfig config;

    @Inject
    Clock clock;

    /** What happened, for logs and tests only: the caller answers the same whatever it is. */
    enum Outcome { NEW, CONFIRM_AGAIN, ALREADY_SUBSCRIBED, NO_MAIL }

    Outcome signUp(SubscribeRequest request) throws InvalidInputException {
        String address = EmailAddresses.canonical("email", request.email());
        if (request.delivery().timeZone().isEmpty()) {
            throw new InvalidInputException("timeZone", "timeZone is required (an IANA zone such as Europe/Vilnius)");
        }
        request.delivery().check();
        checkRules(request.rules());
        Instant now = clock.instant();
        Optional<Subscriber> existing = subscribers.findByEmail(address);
        if (existing.isPresent()) {
            // Someone else may be typing this address: what they asked for is not applied to it.
            Subscriber subscriber = existing.get();
            MailChoice choice = MailChoice.of(subscriber, outbox.lastRecorded(subscriber.id(), MailChoice.KINDS), now,
                    config.mailInterval());
            switch (choice) {
                case CONFIRM -> mails.confirmation(subscriber, now);
                case NOTICE -> mails.alreadySubscribed(subscriber, now);
                case NONE -> { }
            }
            return choice == MailChoice.NONE ? Outcome.NO_MAIL
                    : choice == MailChoice.CONFIRM ? Outcome.CONFIRM_AGAIN : Outcome.ALREADY_SUBSCRIBED;
        }
        Subscriber subscriber;
        try {
            subscriber = subscribers.addUnconfirmed(address, request.delivery());
        } catch (AlreadyExistsException raced) {
            return Outcome.NO_MAIL; // a parallel sign-up for the same address stored it a moment ago
        }
        for (int i = 0; i < request.rules().size(); i++) {
            try {
                rules.add(subscriber.id(), request.rules().get(i));
            } catch (InvalidInputException e) {
                throw inRule(i, e); // rolls the subscriber back too
            }
        }
        mails.confirmation(subscriber, now);
        return Outcome.NEW;
    }

    private void checkRules(List<JsonObject> input) throws InvalidInputException {
        if (input.size() > MAX_RULES) {
            throw new InvalidInputException("rules", "at most " + MAX_RULES + " rules can be sent with a sign-up");
        }
        for (int i = 0; i < input.size(); i++) {
            try {
                rules.check(input.get(i));
            } catch (InvalidInputException e) {
                throw inRule(i, e);
            }
        }
    }

    private static InvalidInputException inRule(int index, InvalidInputException e) {
        return new InvalidInputException("rules[" + index + "]." + e.field(), e.getMessage(),
                e.position().isPresent() ? e.position().getAsInt() : null);
    }
}
