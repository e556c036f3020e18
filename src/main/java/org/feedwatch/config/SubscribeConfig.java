package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The public subscribe flow: how long a confirmation link lives, when unconfirmed sign-ups go, how often we mail. */
@ApplicationScoped
public class SubscribeConfig {

    /** A confirmation link works this long after it was sent. */
    @Inject
    @ConfigProperty(name = "feedwatch.subscribe.confirm-ttl", defaultValue = "P2D")
    Duration confirmTtl;

    /** Sign-ups still unconfirmed this long after they were made are deleted, with their rules and matches. */
    @Inject
    @ConfigProperty(name = "feedwatch.subscribe.purge-after", defaultValue = "P7D")
    Duration purgeAfter;

    /**
     * At most one confirmation or "already subscribed" mail per address in this time: a form submitted over and
     * over must not turn Feedwatch into a mail cannon aimed at someone else's inbox.
     */
    @Inject
    @ConfigProperty(name = "feedwatch.subscribe.mail-interval", defaultValue = "PT10M")
    Duration mailInterval;

    @PostConstruct
    void check() {
        ConfigCheck.require(confirmTtl.compareTo(Duration.ofMinutes(5)) >= 0, "feedwatch.subscribe.confirm-ttl",
                "must be at least PT5M, got " + confirmTtl);
        ConfigCheck.require(purgeAfter.compareTo(confirmTtl) >= 0, "feedwatch.subscribe.purge-after",
                "must not be shorter than feedwatch.subscribe.confirm-ttl (" + confirmTtl + "), got " + purgeAfter);
        ConfigCheck.require(!mailInterval.isNegative() && mailInterval.compareTo(Duration.ofDays(1)) <= 0,
                "feedwatch.subscribe.mail-interval", "must be between PT0S and P1D, got " + mailInterval);
    }

    public Duration confirmTtl() {
        return confirmTtl;
    }

    public Duration purgeAfter() {
        return purgeAfter;
    }

    public Duration mailInterval() {
        return mailInterval;
    }
}
