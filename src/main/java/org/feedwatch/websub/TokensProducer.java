package org.feedwatch.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.feedwatch.config.SecretConfig;

/** The callback tokens and hub secrets, derived from the server's key ({@code feedwatch.secret}). */
@ApplicationScoped
public class TokensProducer {

    @Inject
    SecretConfig secret;

    @Produces
    @Singleton
    CallbackTokens tokens() {
        return new CallbackTokens(secret.key());
    }
}
