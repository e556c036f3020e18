package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How feeds are fetched and how often they are polled. */
@ApplicationScoped
public class FetchConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.fetch.connect-timeout", defaultValue = "PT10S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "feedwatch.fetch.total-timeout", defaultValue = "PT30S")
    Duration totalTimeout;

    @Inject
    @ConfigProperty(name = "feedwatch.fetch.max-body-bytes", defaultValue = "10485760")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "feedwatch.fetch.max-redirects", defaultValue = "5")
    int maxRedirects;

    @Inject
    @ConfigProperty(name = "feedwatch.fetch.contact-url", defaultValue = "https://github.com/feedwatch/feedwatch")
    String contactUrl;

    /** host:port pairs that may be fetched although they are loopback or private (a LAN feed, the demo). */
    @Inject
    @ConfigProperty(name = "feedwatch.fetch.allowed-hosts")
    Optional<List<String>> allowedHosts;

    @Inject
    @ConfigProperty(name = "feedwatch.poll.concurrency", defaultValue = "8")
    int pollConcurrency;

    @Inject
    @ConfigProperty(name = "feedwatch.poll.default-minutes", defaultValue = "30")
    int defaultPollMinutes;

    @Inject
    @ConfigProperty(name = "feedwatch.poll.max-backoff", defaultValue = "PT24H")
    Duration maxBackoff;

    /** false: feeds are polled only on request (POST /api/feeds/{id}/poll), e.g. on a standby server or in tests. */
    @Inject
    @ConfigProperty(name = "feedwatch.poll.scheduled", defaultValue = "true")
    boolean scheduledPolling;

    @PostConstruct
    void check() {
        ConfigCheck.require(!connectTimeout.isNegative() && !connectTimeout.isZero(),
                "feedwatch.fetch.connect-timeout", "must be positive");
        ConfigCheck.require(!totalTimeout.isNegative() && !totalTimeout.isZero(),
                "feedwatch.fetch.total-timeout", "must be positive");
        ConfigCheck.require(maxBodyBytes > 0, "feedwatch.fetch.max-body-bytes", "must be positive");
        ConfigCheck.require(maxRedirects >= 0 && maxRedirects <= 20, "feedwatch.fetch.max-redirects",
                "must be between 0 and 20");
        ConfigCheck.require(pollConcurrency >= 1 && pollConcurrency <= 256, "feedwatch.poll.concurrency",
                "must be between 1 and 256");
        ConfigCheck.require(defaultPollMinutes >= 1 && defaultPollMinutes <= 1440, "feedwatch.poll.default-minutes",
                "must be between 1 and 1440");
        ConfigCheck.require(maxBackoff.toMinutes() >= 1, "feedwatch.poll.max-backoff", "must be at least a minute");
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration totalTimeout() {
        return totalTimeout;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public int maxRedirects() {
        return maxRedirects;
    }

    public String userAgent() {
        return "Feedwatch/0.1 (+" + contactUrl + ")";
    }

    public List<String> allowedHosts() {
        return allowedHosts.orElse(List.of());
    }

    public int pollConcurrency() {
        return pollConcurrency;
    }

    public int defaultPollMinutes() {
        return defaultPollMinutes;
    }

    public boolean scheduledPolling() {
        return scheduledPolling;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }
}
