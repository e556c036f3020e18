package org.feedwatch.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a URL may be fetched: only http and https, and only hosts whose every address is public
 * ({@link AddressClass#PUBLIC}) unless the exact host:port is allow-listed (feedwatch.fetch.allowed-hosts). This
 * keeps users from making the server fetch from itself, its LAN or a cloud metadata service (SSRF).
 *
 * <p>{@link FeedFetcher} calls {@link #check(URI)} for the first URL and again for every redirect hop, so a public
 * server cannot redirect the fetch to a private one. The allow-list compares host:port as written: another spelling
 * of an allow-listed address (a name, the IPv4-mapped or decimal form) is judged like any other host.
 *
 * <p>Known limit (DNS rebinding): the check resolves the host name itself and HttpClient resolves it again when it
 * connects. Both lookups go through the JVM's address cache ({@code networkaddress.cache.ttl}, 30 s by default,
 * whatever TTL the DNS answer carries), so the connection normally goes to an address that was checked; a DNS
 * server that answers differently the second time only wins if the cache entry expires between the check and the
 * connect. Closing the gap needs a resolver hook that java.net.http.HttpClient on Java 17 does not offer (connecting
 * to the checked IP literal instead breaks TLS name checks and SNI); see docs/ARCHITECTURE.md.
 */
public final class AddressGuard {

    /** Resolves a host name; tests replace it so that no DNS query is made. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHostPorts;
    private final Resolver resolver;

    /** @param allowedHostPorts "host:port" entries as in {@link FetchSettings#allowedHostPorts()} */
    public AddressGuard(Set<String> allowedHostPorts) {
        this(allowedHostPorts, InetAddress::getAllByName);
    }

    AddressGuard(Set<String> allowedHostPorts, Resolver resolver) {
        this.allowedHostPorts = FetchSettings.normaliseHostPorts(allowedHostPorts);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Pure: true when the address may be fetched without allow-listing. See {@link AddressClass}. */
    public static boolean isPublic(InetAddress address) {
        return AddressClass.of(address) == AddressClass.PUBLIC;
    }

    /**
     * @throws FeedFetchException BAD_URL for a scheme other than http/https or a URL without a host; NETWORK when
     *                            the host name does not resolve; BLOCKED_ADDRESS when any address it resolves to is
     *                            not public and host:port is not allow-listed
     */
    public void check(URI uri) throws FeedFetchException {
        if (uri == null) {
            throw new FeedFetchException(FeedFetchException.Kind.BAD_URL, "No URL given");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedFetchException(FeedFetchException.Kind.BAD_URL, uri + ": only http and https URLs can be"
                    + " fetched" + (scheme.isEmpty() ? " (the URL has no scheme)" : ", not " + scheme + ":"));
        }
        String host = uri.getHost();
        if (uri.isOpaque() || host == null || host.isEmpty()) {
            throw new FeedFetchException(FeedFetchException.Kind.BAD_URL,
                    uri + ": the URL has no valid host name");
        }
        host = host.toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String hostPort = host + ":" + port;
        if (allowedHostPorts.contains(hostPort)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FeedFetchException(FeedFetchException.Kind.NETWORK,
                    uri + ": unknown host " + host + " (the name does not resolve)", e);
        }
        for (InetAddress address : addresses) {
            AddressClass kind = AddressClass.of(address);
            if (kind != AddressClass.PUBLIC) {
                String subject = isIpLiteral(host) ? host
                        : host + " resolves to " + address.getHostAddress() + ", which";
                throw new FeedFetchException(FeedFetchException.Kind.BLOCKED_ADDRESS, uri + ": " + subject
                        + " is " + kind.description() + "; add " + hostPort
                        + " to feedwatch.fetch.allowed-hosts to allow it");
            }
        }
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }
}
