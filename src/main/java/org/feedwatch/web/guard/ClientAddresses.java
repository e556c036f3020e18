package org.feedwatch.web.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who a request comes from, for rate limits. The peer address, unless the peer is a configured reverse proxy:
 * then the nearest X-Forwarded-For entry that is not one of those proxies (anything left of it could be written by
 * the client). An IPv6 client counts by its /64, since one host usually holds a whole /64 of addresses.
 */
public final class ClientAddresses {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Za-z:.%]*:[0-9A-Za-z:.%]*");

    private ClientAddresses() {
    }

    /** The key a rate limit counts this request under. */
    public static String of(String peer, List<String> forwardedFor, Set<String> trustedProxies) {
        Set<InetAddress> trusted = trustedProxies.stream().map(ClientAddresses::literal).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Optional<InetAddress> client = literal(peer);
        if (client.isPresent() && trusted.contains(client.get()) && forwardedFor != null) {
            List<String> hops = forwardedFor.stream().flatMap(h -> List.of(h.split(",")).stream()).map(String::strip)
                    .filter(h -> !h.isEmpty()).toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops.get(i));
                if (hop.isEmpty()) {
                    break; // not an address: the chain cannot be followed further, keep the last good hop
                }
                client = hop;
                if (!trusted.contains(hop.get())) {
                    break;
                }
            }
        }
        return client.map(ClientAddresses::key).orElse(String.valueOf(peer));
    }

    private static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
        }
        return prefix + ":/64";
    }

    /** An IP literal (IPv4, IPv6, bracketed IPv6); empty for anything else, without ever asking DNS. */
    static Optional<InetAddress> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String text = address.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        // Only literals reach InetAddress, which would otherwise look a host name up.
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
