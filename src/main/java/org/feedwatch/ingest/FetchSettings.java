package org.feedwatch.ingest;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Limits for one feed download.
 *
 * @param connectTimeout     how long to wait for a TCP/TLS connection
 * @param firstByteTimeout   how long to wait for the response headers of one request, once it is sent
 * @param totalTimeout       the deadline for the whole fetch: waiting for the host, every redirect hop, headers
 *                           and body
 * @param maxBodyBytes       the largest body accepted, both as sent and after gunzipping
 * @param maxRedirects       how many redirects are followed (0..20)
 * @param userAgent          the User-Agent header sent
 * @param allowedHostPorts   "host:port" pairs (e.g. {@code 127.0.0.1:18931}, {@code localhost:9080},
 *                           {@code [::1]:8080}) that may be fetched although they resolve to a non-public address;
 *                           stored lower-cased
 * @param perHostConcurrency how many requests may run at once to one host name, across all polls
 */
public record FetchSettings(Duration connectTimeout, Duration firstByteTimeout, Duration totalTimeout,
                            long maxBodyBytes, int maxRedirects, String userAgent, Set<String> allowedHostPorts,
                            int perHostConcurrency) {

    public static final int MAX_REDIRECTS_LIMIT = 20;
    public static final int DEFAULT_PER_HOST_CONCURRENCY = 2;

    public FetchSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(firstByteTimeout, "firstByteTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        if (perHostConcurrency < 1) {
            throw new IllegalArgumentException("perHostConcurrency must be at least 1, was " + perHostConcurrency);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        // Bodies are held in a byte[], so the cap (plus the one byte that proves it was exceeded) must fit.
        if (maxBodyBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes must be below 2 GiB, was " + maxBodyBytes);
        }
        if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS_LIMIT) {
            throw new IllegalArgumentException("maxRedirects must be between 0 and " + MAX_REDIRECTS_LIMIT
                    + ", was " + maxRedirects);
        }
        Objects.requireNonNull(userAgent, "userAgent");
        // A CR or LF would let the setting inject headers; other control characters are refused by HttpClient.
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable text, was '" + userAgent + "'");
        }
        allowedHostPorts = normaliseHostPorts(Objects.requireNonNull(allowedHostPorts, "allowedHostPorts"));
    }

    /** Settings with no separate first-byte limit (the total deadline applies) and the default per-host limit. */
    public FetchSettings(Duration connectTimeout, Duration totalTimeout, long maxBodyBytes, int maxRedirects,
                         String userAgent, Set<String> allowedHostPorts) {
        this(connectTimeout, totalTimeout, totalTimeout, maxBodyBytes, maxRedirects, userAgent, allowedHostPorts,
                DEFAULT_PER_HOST_CONCURRENCY);
    }

    /** The entries in canonical form ("host:port", host lower-cased), refusing any that is not host:port. */
    static Set<String> normaliseHostPorts(Collection<String> entries) {
        Set<String> result = new LinkedHashSet<>();
        for (String raw : entries) {
            String entry = Objects.requireNonNull(raw, "allowedHostPorts entry").trim().toLowerCase(Locale.ROOT);
            int colon = entry.lastIndexOf(':');
            String host = colon > 0 ? entry.substring(0, colon) : "";
            String port = colon > 0 ? entry.substring(colon + 1) : "";
            boolean ipv6 = host.startsWith("[") && host.endsWith("]") && host.length() > 2;
            boolean hostOk = ipv6 || (!host.isEmpty() && host.chars().allMatch(
                    c -> Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'));
            if (!hostOk || !isPort(port)) {
                throw new IllegalArgumentException("allowed host '" + raw + "' must look like host:port,"
                        + " e.g. 127.0.0.1:8080, localhost:9080 or [::1]:8080");
            }
            result.add(host + ":" + Integer.parseInt(port));
        }
        return Set.copyOf(result);
    }

    private static boolean isPort(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
