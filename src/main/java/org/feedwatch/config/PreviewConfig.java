package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How much stored news a rule preview may look through: it runs on request, so it is bounded. */
@ApplicationScoped
public class PreviewConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.preview.max-items", defaultValue = "20000")
    int maxItems;

    @Inject
    @ConfigProperty(name = "feedwatch.preview.max-days", defaultValue = "30")
    int maxDays;

    /** The public preview on the sign-up page runs for anybody, on every pause in typing: it looks through less. */
    @Inject
    @ConfigProperty(name = "feedwatch.preview.public-max-items", defaultValue = "5000")
    int publicMaxItems;

    @PostConstruct
    void check() {
        ConfigCheck.require(maxItems >= 100 && maxItems <= 1_000_000, "feedwatch.preview.max-items",
                "must be between 100 and 1000000");
        ConfigCheck.require(publicMaxItems >= 100 && publicMaxItems <= 1_000_000, "feedwatch.preview.public-max-items",
                "must be between 100 and 1000000");
        ConfigCheck.require(maxDays >= 1 && maxDays <= 365, "feedwatch.preview.max-days", "must be between 1 and 365");
    }

    /** The newest items a preview looks through at most. */
    public int maxItems() {
        return maxItems;
    }

    /** The longest period a preview may ask for. */
    public int maxDays() {
        return maxDays;
    }

    /** The newest items a public preview looks through at most (never more than {@link #maxItems()}). */
    public int publicMaxItems() {
        return publicMaxItems;
    }
}
