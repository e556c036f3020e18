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

    /** Until the response headers of one request arrive. */
    @Inject
    @ConfigProperty(name = "feedwatch.fetch.first-byte-timeout", defaultValue = "PT15S")
    Duration firstByteTimeout;

    @Inject
    @ConfigProperty(name = "feedwatch.fetch.total-timeout", defaultValue = "PT30S")
    Duration totalTimeout;

    @Inject
    @ConfigProperty(name = "feedwatch.fetch.per-host-concurrency", defaultValue = "2")
    int perHostConcurrency;

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

    @Inject
    @ConfigProperty(name = "feedwatch.poll.min-interval", defaultValue = "PT5M")
    Duration minInterval;

    @Inject
    @ConfigProperty(name = "feedwatch.poll.max-interval", defaultValue = "PT24H")
    Duration maxInterval;

    /** How far back items are counted for a feed's publishing rate (items/day). */
    @Inject
    @ConfigProperty(name = "feedwatch.poll.activity-window", defaultValue = "P7D")
    Duration activityWindow;

    /** A feed failing without a break for this long is reported (log warning, health data). */
    @Inject
    @ConfigProperty(name = "feedwatch.poll.report-failing-after", defaultValue = "PT24H")
    Duration reportFailingAfter;

    /** false: feeds are polled only on request (POST /api/feeds/{id}/poll), e.g. on a standby server or in tests. */
    @Inject
    @ConfigProperty(name = "feedwatch.poll.scheduled", defaultValue = "true")
    boolean scheduledPolling;

    @PostConstruct
    void check() {
        ConfigCheck.require(!connectTimeout.isNegative() && !connectTimeout.isZero(),
                "feedwatch.fetch.connect-timeout", "must be positive");
        ConfigCheck.require(!firstByteTimeout.isNegative() && !firstByteTimeout.isZero(),
                "feedwatch.fetch.first-byte-timeout", "must be positive");
        ConfigCheck.require(!totalTimeout.isNegative() && !totalTimeout.isZero(),
                "feedwatch.fetch.total-timeout", "must be positive");
        ConfigCheck.require(perHostConcurrency >= 1 && perHostConcurrency <= 256,
                "feedwatch.fetch.per-host-concurrency", "must be between 1 and 256");
        ConfigCheck.require(contactUrl.startsWith("http://") || contactUrl.startsWith("https://")
                || contactUrl.startsWith("mailto:"), "feedwatch.fetch.contact-url",
                "must be an http(s) or mailto: URL that tells publishers who polls them");
        ConfigCheck.require(contactUrl.chars().allMatch(c -> c > 0x20 && c < 0x7f), "feedwatch.fetch.contact-url",
                "must be printable ASCII without spaces (it is sent in the User-Agent header)");
        ConfigCheck.require(maxBodyBytes > 0, "feedwatch.fetch.max-body-bytes", "must be positive");
        ConfigCheck.require(maxRedirects >= 0 && maxRedirects <= 20, "feedwatch.fetch.max-redirects",
                "must be between 0 and 20");
        ConfigCheck.require(pollConcurrency >= 1 && pollConcurrency <= 256, "feedwatch.poll.concurrency",
                "must be between 1 and 256");
        ConfigCheck.require(defaultPollMinutes >= 1 && defaultPollMinutes <= 1440, "feedwatch.poll.default-minutes",
                "must be between 1 and 1440");
        ConfigCheck.require(maxBackoff.toMinutes() >= 1, "feedwatch.poll.max-backoff", "must be at least a minute");
        ConfigCheck.require(minInterval.toMinutes() >= 1, "feedwatch.poll.min-interval", "must be at least a minute");
        ConfigCheck.require(maxInterval.compareTo(minInterval) >= 0, "feedwatch.poll.max-interval",
                "must not be shorter than feedwatch.poll.min-interval (" + minInterval + ")");
        ConfigCheck.require(activityWindow.toDays() >= 1, "feedwatch.poll.activity-window", "must be at least a day");
        ConfigCheck.require(!reportFailingAfter.isNegative(), "feedwatch.poll.report-failing-after",
                "must not be negative (PT0S reports a feed at its first failure)");
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration firstByteTimeout() {
        return firstByteTimeout;
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

    public int perHostConcurrency() {
        return perHostConcurrency;
    }

    /** Where a publisher learns who polls them; sent in the User-Agent. */
    public String contactUrl() {
        return contactUrl;
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

    public Duration minInterval() {
        return minInterval;
    }

    public Duration maxInterval() {
        return maxInterval;
    }

    public Duration activityWindow() {
        return activityWindow;
    }

    public Duration reportFailingAfter() {
        return reportFailingAfter;
    }
}
