package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What goes into a digest and where its templates come from. */
@ApplicationScoped
public class DigestConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.digest.max-entries", defaultValue = "50")
    int maxEntries;

    /** A directory whose templates replace the bundled ones of the same name. */
    @Inject
    @ConfigProperty(name = "feedwatch.templates.dir")
    Optional<String> templatesDir;

    @PostConstruct
    void check() {
        ConfigCheck.require(maxEntries >= 1 && maxEntries <= 1000, "feedwatch.digest.max-entries",
                "must be between 1 and 1000");
    }

    public int maxEntries() {
        return maxEntries;
    }

    public Optional<String> templatesDir() {
        return templatesDir.filter(d -> !d.isBlank());
    }
}
