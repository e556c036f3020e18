package org.feedwatch.optin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.feedwatch.config.SubscribeConfig;
import org.feedwatch.subscriber.SubscriberService;

/** Deletes sign-ups never confirmed within {@code feedwatch.subscribe.purge-after}, with their rules and matches. */
@ApplicationScoped
public class UnconfirmedPurge {

    private static final Logger LOG = Logger.getLogger(UnconfirmedPurge.class.getName());

    @Inject
    SubscriberService subscribers;

    @Inject
    SubscribeConfig config;

    @Inject
    Clock clock;

    /** Returns how many were deleted. */
    @Transactional
    public int purge() {
        int purged = subscribers.purgeUnconfirmed(clock.instant().minus(config.purgeAfter()));
        if (purged > 0) {
            LOG.info(() -> purged + " unconfirmed sign-up(s) older than " + config.purgeAfter() + " deleted");
        }
        return purged;
    }
}
