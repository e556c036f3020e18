package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Rate limits of the public endpoints: {@code feedwatch.ratelimit.<limit>.per-ip} for each limit a resource names
 * with {@code @RateLimited("<limit>")}, {@code feedwatch.ratelimit.subscribe.per-address} for sign-ups of one
 * address, the proxies whose X-Forwarded-For is believed, and how many clients each limit tracks at most.
 */
@ApplicationScoped
public class RateLimitConfig {

    /** The limits this server's resources use, with their defaults; every one is checked at startup. */
    static final Map<String, String> PER_IP_DEFAULTS = Map.of("subscribe", "10/PT10M", "confirm", "30/PT10M",
            "preview", "30/PT1M");
    static final String PER_ADDRESS = "feedwatch.ratelimit.subscribe.per-address";
    static final String TRUSTED_PROXIES = "feedwatch.ratelimit.trusted-proxies";
    static final String MAX_KEYS = "feedwatch.ratelimit.max-keys";

    @Inject
    Config config;

    private final Map<String, Rate> perIp = new ConcurrentHashMap<>();
    private Rate perAddress;
    private Set<String> trustedProxies;
    private int maxKeys;

    /** Reads every limit when the application starts, so a bad value stops the deployment with its key's name. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        perAddress();
    }

    @PostConstruct
    void check() {
        PER_IP_DEFAULTS.keySet().forEach(this::perIp);
        perAddress = Rate.parse(PER_ADDRESS, config.getOptionalValue(PER_ADDRESS, String.class).orElse("5/PT1H"));
        trustedProxies = Set.copyOf(config.getOptionalValues(TRUSTED_PROXIES, String.class).orElse(List.of())
                .stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        String keys = config.getOptionalValue(MAX_KEYS, String.class).orElse("10000").strip();
        ConfigCheck.require(keys.matches("[0-9]{1,7}") && Integer.parseInt(keys) >= 100, MAX_KEYS,
                "must be a whole number from 100 to 9999999; got \"" + keys + "\"");
        maxKeys = Integer.parseInt(keys);
    }

    /** Requests one client may make to the endpoints of limit {@code name}. */
    public Rate perIp(String name) {
        return perIp.computeIfAbsent(name, n -> {
            String key = "feedwatch.ratelimit." + n + ".per-ip";
            Optional<String> value = config.getOptionalValue(key, String.class);
            ConfigCheck.require(value.isPresent() || PER_IP_DEFAULTS.containsKey(n), key,
                    "is not set, and @RateLimited(\"" + n + "\") has no default");
            return Rate.parse(key, value.orElseGet(() -> PER_IP_DEFAULTS.get(n)));
        });
    }

    /** Sign-up requests for one address, from anywhere. */
    public Rate perAddress() {
        return perAddress;
    }

    /** Addresses of reverse proxies whose X-Forwarded-For names the client; empty: the peer is the client. */
    public Set<String> trustedProxies() {
        return trustedProxies;
    }

    /** Clients (or addresses) each limit tracks at most; the least recently seen are forgotten first. */
    public int maxKeys() {
        return maxKeys;
    }
}
