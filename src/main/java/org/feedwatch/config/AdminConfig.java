package org.feedwatch.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrator account of the admin console and the API: a user name and a PBKDF2 hash of the password (made
 * with {@code org.feedwatch.web.auth.HashPassword}), and how many wrong passwords lock the login for how long.
 */
@ApplicationScoped
public class AdminConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.admin.user", defaultValue = "admin")
    String user;

    @Inject
    @ConfigProperty(name = "feedwatch.admin.password-hash")
    Optional<String> passwordHash;

    /** The plain password earlier versions read; only noticed, so the server can say it is ignored now. */
    @Inject
    @ConfigProperty(name = "feedwatch.admin.password")
    Optional<String> plainPassword = Optional.empty();

    @Inject
    @ConfigProperty(name = "feedwatch.admin.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "feedwatch.admin.login.lockout", defaultValue = "PT5M")
    Duration lockout;

    public String user() {
        ConfigCheck.require(!user.isBlank(), "feedwatch.admin.user", "must not be blank");
        return user;
    }

    /** The configured hash text, if any (blank counts as none). */
    public Optional<String> passwordHash() {
        return passwordHash.filter(h -> !h.isBlank());
    }

    public boolean plainPasswordSet() {
        return plainPassword.isPresent();
    }

    public int maxFailures() {
        ConfigCheck.require(maxFailures >= 1 && maxFailures <= 100, "feedwatch.admin.login.max-failures",
                "must be 1–100");
        return maxFailures;
    }

    public Duration lockout() {
        ConfigCheck.require(!lockout.isNegative() && !lockout.isZero() && lockout.compareTo(Duration.ofDays(1)) <= 0,
                "feedwatch.admin.login.lockout", "must be more than PT0S and at most P1D");
        return lockout;
    }
}
