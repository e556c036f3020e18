package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What goes into a digest and where its templates come from. */
@ApplicationScoped
public class DigestConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.digest.max-entries", defaultValue = "50")
    int maxEntries;

    /** After an alert, further matches wait this long and go out together in the next one. */
    @Inject
    @ConfigProperty(name = "feedwatch.digest.alert-window", defaultValue = "PT15M")
    Duration alertWindow;

    /** Send a daily/weekly digest that says "nothing new" instead of skipping it. */
    @Inject
    @ConfigProperty(name = "feedwatch.digest.send-empty", defaultValue = "false")
    boolean sendEmpty;

    /** A directory whose templates replace the bundled ones of the same name. */
    @Inject
    @ConfigProperty(name = "feedwatch.templates.dir")
    Optional<String> templatesDir;

    @PostConstruct
    void check() {
        ConfigCheck.require(maxEntries >= 1 && maxEntries <= 1000, "feedwatch.digest.max-entries",
                "must be between 1 and 1000");
        ConfigCheck.require(!alertWindow.isNegative() && alertWindow.compareTo(Duration.ofDays(1)) <= 0,
                "feedwatch.digest.alert-window", "must be between PT0S and P1D, got " + alertWindow);
    }

    public Duration alertWindow() {
        return alertWindow;
    }

    public boolean sendEmpty() {
        return sendEmpty;
    }

    public int maxEntries() {
        return maxEntries;
    }

    public Optional<String> templatesDir() {
        return templatesDir.filter(d -> !d.isBlank());
    }
}
