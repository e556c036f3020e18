package org.feedwatch.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.feedwatch.config.AdminConfig;

/** A login attempt through the identity store, throttled per user name. */
@ApplicationScoped
public class AdminLogins {

    @Inject
    IdentityStoreHandler identities;

    @Inject
    AdminConfig config;

    @Inject
    Clock clock;

    private volatile LoginThrottle throttle;

    /** The outcome of one attempt. */
    public sealed interface Attempt {
        record Valid(CredentialValidationResult result) implements Attempt {
        }

        record Invalid() implements Attempt {
        }

        record Locked(Duration retryAfter) implements Attempt {
        }
    }

    public Attempt attempt(String user, String password) {
        if (user == null || password == null || user.isBlank() || user.length() > 200 || password.length() > 1000) {
            return new Attempt.Invalid();
        }
        LoginThrottle limits = throttle();
        Optional<Duration> locked = limits.lockedFor(user);
        if (locked.isPresent()) {
            return new Attempt.Locked(locked.get());
        }
        CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(user, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            limits.succeeded(user);
            return new Attempt.Valid(result);
        }
        limits.failed(user);
        return new Attempt.Invalid();
    }

    private LoginThrottle throttle() {
        LoginThrottle current = throttle;
        if (current == null) {
            synchronized (this) {
                if (throttle == null) {
                    throttle = new LoginThrottle(config.maxFailures(), config.lockout(), clock);
                }
                current = throttle;
            }
        }
        return current;
    }
}
