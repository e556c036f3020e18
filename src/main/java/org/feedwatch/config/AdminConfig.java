package org.feedwatch.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The administrator account of the API and the dev pages (HTTP Basic). */
@ApplicationScoped
public class AdminConfig {

    /** The password the bundled configuration ships with; the server warns while it is in use. */
    public static final String DEV_PASSWORD = "feedwatch";

    @Inject
    @ConfigProperty(name = "feedwatch.admin.user", defaultValue = "admin")
    String user;

    @Inject
    @ConfigProperty(name = "feedwatch.admin.password", defaultValue = DEV_PASSWORD)
    String password;

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean usesDevPassword() {
        return DEV_PASSWORD.equals(password);
    }
}
