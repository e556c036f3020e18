package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** WebSub (push): whether feeds that advertise a hub are subscribed, the lease asked for, renewal, the safety net. */
@ApplicationScoped
public class WebSubConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.websub.enabled", defaultValue = "true")
    boolean enabled;

    /** The lease asked of the hub (hub.lease_seconds); the hub decides the one granted. */
    @Inject
    @ConfigProperty(name = "feedwatch.websub.lease", defaultValue = "P10D")
    Duration lease;

    /** A subscription whose lease ends within this time is renewed at the feed's next poll. */
    @Inject
    @ConfigProperty(name = "feedwatch.websub.renew-before", defaultValue = "P1D")
    Duration renewBefore;

    /** While a subscription is active the feed is still polled, at least this far apart (within the poll bounds). */
    @Inject
    @ConfigProperty(name = "feedwatch.websub.safety-net-interval", defaultValue = "PT6H")
    Duration safetyNetInterval;

    @PostConstruct
    void check() {
        ConfigCheck.require(lease.toMinutes() >= 5 && lease.toDays() <= 365, "feedwatch.websub.lease",
                "must be between 5 minutes and 365 days");
        ConfigCheck.require(!renewBefore.isNegative() && !renewBefore.isZero(), "feedwatch.websub.renew-before",
                "must be positive");
        ConfigCheck.require(renewBefore.compareTo(lease) < 0, "feedwatch.websub.renew-before",
                "must be shorter than feedwatch.websub.lease (" + lease + ")");
        ConfigCheck.require(safetyNetInterval.toMinutes() >= 1, "feedwatch.websub.safety-net-interval",
                "must be at least a minute");
    }

    public boolean enabled() {
        return enabled;
    }

    public Duration lease() {
        return lease;
    }

    public Duration renewBefore() {
        return renewBefore;
    }

    public Duration safetyNetInterval() {
        return safetyNetInterval;
    }
}
