package org.feedwatch.web.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.feedwatch.config.RateLimitConfig;

/** The server's rate limits, kept in memory (per server: behind a load balancer, each server counts its own). */
@ApplicationScoped
public class RateLimits {

    @Inject
    RateLimitConfig config;

    @Inject
    Clock clock;

    private final Map<String, TokenBuckets> perClient = new ConcurrentHashMap<>();
    private volatile TokenBuckets perAddress;

    /** The rate-limit key of a request's client (see {@link ClientAddresses}). */
    public String client(String peer, List<String> forwardedFor) {
        return ClientAddresses.of(peer, forwardedFor, config.trustedProxies());
    }

    /** One request of {@code client} under limit {@code limit}: empty when it may go ahead, else the wait. */
    public Optional<Duration> takeForClient(String limit, String client) {
        return perClient.computeIfAbsent(limit, l -> new TokenBuckets(config.perIp(l), config.maxKeys(), clock))
                .take(client);
    }

    /**
     * One sign-up for {@code address} (normalised by the caller): empty when it may go ahead, else the wait. The
     * answer does not depend on whether the address is known, so it tells nobody who is subscribed.
     */
    public Optional<Duration> takeForAddress(String address) {
        TokenBuckets buckets = perAddress;
        if (buckets == null) {
            synchronized (this) {
                if (perAddress == null) {
                    perAddress = new TokenBuckets(config.perAddress(), config.maxKeys(), clock);
                }
                buckets = perAddress;
            }
        }
        return buckets.take(address);
    }
}
