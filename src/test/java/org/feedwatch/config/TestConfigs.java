package org.feedwatch.config;

import java.util.Optional;

/** Config objects for tests outside a container, filled as MicroProfile Config would fill them. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static ServerConfig server(String baseUrl) {
        ServerConfig config = new ServerConfig();
        config.baseUrl = baseUrl;
        config.check();
        return config;
    }

    public static SecretConfig secret(String secret) {
        return secret(secret, Optional.empty(), Optional.empty(), java.time.Clock.systemUTC());
    }

    /** A key with old keys that verify until {@code previousUntil} on {@code clock} (see SecretConfig). */
    public static SecretConfig secret(String secret, Optional<java.util.List<String>> previous,
            Optional<String> previousUntil, java.time.Clock clock) {
        SecretConfig config = new SecretConfig();
        config.secret = Optional.of(secret);
        config.previous = previous;
        config.previousUntil = previousUntil;
        config.clock = clock;
        config.check();
        return config;
    }

    public static MailConfig mail(Optional<String> unsubscribeAddress) {
        MailConfig config = new MailConfig();
        config.port = 587;
        config.from = "Feedwatch <feedwatch@localhost>";
        config.listId = "Feedwatch digests <digest.feedwatch.localhost>";
        config.unsubscribeAddress = unsubscribeAddress;
        config.check();
        return config;
    }

    public static SubscribeConfig subscribe(java.time.Duration confirmTtl, java.time.Duration purgeAfter,
            java.time.Duration mailInterval) {
        SubscribeConfig config = new SubscribeConfig();
        config.confirmTtl = confirmTtl;
        config.purgeAfter = purgeAfter;
        config.mailInterval = mailInterval;
        config.check();
        return config;
    }

    public static AdminConfig admin(String user, Optional<String> passwordHash) {
        AdminConfig config = new AdminConfig();
        config.user = user;
        config.passwordHash = passwordHash;
        config.maxFailures = 5;
        config.lockout = java.time.Duration.ofMinutes(5);
        return config;
    }

    public static DemoConfig demo(boolean enabled) {
        DemoConfig config = new DemoConfig();
        config.enabled = enabled;
        config.email = "demo@feedwatch.localhost";
        return config;
    }
}
