package org.feedwatch.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether a fresh server seeds the bundled demo feeds, subscriber and rules. */
@ApplicationScoped
public class DemoConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "feedwatch.demo.email", defaultValue = "demo@feedwatch.localhost")
    String email;

    public boolean enabled() {
        return enabled;
    }

    public String email() {
        return email;
    }
}
