package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the outbox sender retries. A 4xx answer to one message retries that message (first delay, doubling up to
 * the max delay, at most max attempts); a mail server that cannot be reached backs off the whole sender (doubling
 * from the first connection delay up to its max) without using up any message's attempts. Messages still not
 * delivered after max-age of such an outage fail with the last connection error.
 */
@ApplicationScoped
public class DeliveryConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.delivery.retry.first-delay", defaultValue = "PT1M")
    Duration retryFirstDelay;

    @Inject
    @ConfigProperty(name = "feedwatch.delivery.retry.max-delay", defaultValue = "PT6H")
    Duration retryMaxDelay;

    @Inject
    @ConfigProperty(name = "feedwatch.delivery.retry.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "feedwatch.delivery.connection-backoff.first", defaultValue = "PT30S")
    Duration connectionBackoffFirst;

    @Inject
    @ConfigProperty(name = "feedwatch.delivery.connection-backoff.max", defaultValue = "PT15M")
    Duration connectionBackoffMax;

    @Inject
    @ConfigProperty(name = "feedwatch.delivery.max-age", defaultValue = "P3D")
    Duration maxAge;

    @Inject
    @ConfigProperty(name = "feedwatch.delivery.max-hard-bounces", defaultValue = "3")
    int maxHardBounces;

    @Inject
    @ConfigProperty(name = "feedwatch.delivery.batch-size", defaultValue = "100")
    int batchSize;

    /** SMTP connections the sender uses at once (each drains its own batches). */
    @Inject
    @ConfigProperty(name = "feedwatch.delivery.connections", defaultValue = "2")
    int connections;

    @PostConstruct
    void check() {
        ConfigCheck.require(connections >= 1 && connections <= 16, "feedwatch.delivery.connections",
                "must be between 1 and 16, got " + connections);
        positive(retryFirstDelay, "feedwatch.delivery.retry.first-delay");
        positive(retryMaxDelay, "feedwatch.delivery.retry.max-delay");
        ConfigCheck.require(retryMaxDelay.compareTo(retryFirstDelay) >= 0, "feedwatch.delivery.retry.max-delay",
                "must not be shorter than feedwatch.delivery.retry.first-delay (" + retryFirstDelay + ")");
        ConfigCheck.require(maxAttempts >= 1 && maxAttempts <= 100, "feedwatch.delivery.retry.max-attempts",
                "must be between 1 and 100, got " + maxAttempts);
        positive(connectionBackoffFirst, "feedwatch.delivery.connection-backoff.first");
        ConfigCheck.require(connectionBackoffMax.compareTo(connectionBackoffFirst) >= 0,
                "feedwatch.delivery.connection-backoff.max",
                "must not be shorter than feedwatch.delivery.connection-backoff.first (" + connectionBackoffFirst
                        + ")");
        ConfigCheck.require(maxAge.compareTo(Duration.ofHours(1)) >= 0, "feedwatch.delivery.max-age",
                "must be at least PT1H, got " + maxAge);
        ConfigCheck.require(maxHardBounces >= 1 && maxHardBounces <= 100, "feedwatch.delivery.max-hard-bounces",
                "must be between 1 and 100, got " + maxHardBounces);
        ConfigCheck.require(batchSize >= 1 && batchSize <= 1000, "feedwatch.delivery.batch-size",
                "must be between 1 and 1000, got " + batchSize);
    }

    private static void positive(Duration value, String key) {
        ConfigCheck.require(!value.isNegative() && !value.isZero(), key, "must be a positive duration, got " + value);
    }

    public Duration retryFirstDelay() {
        return retryFirstDelay;
    }

    public Duration retryMaxDelay() {
        return retryMaxDelay;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration connectionBackoffFirst() {
        return connectionBackoffFirst;
    }

    public Duration connectionBackoffMax() {
        return connectionBackoffMax;
    }

    public Duration maxAge() {
        return maxAge;
    }

    public int maxHardBounces() {
        return maxHardBounces;
    }

    public int connections() {
        return connections;
    }

    public int batchSize() {
        return batchSize;
    }
}
