package org.feedwatch.ingest;

import java.net.InetAddress;

/**
 * What kind of address an IP address is, as far as fetching a feed from it is concerned. Only {@link #PUBLIC}
 * addresses may be fetched without being allow-listed: everything else reaches this machine, its network, or
 * something that is not a web server on the internet (a cloud metadata service, a router, a multicast group).
 *
 * <p>Classification is pure: it looks at the address bytes only and never touches the network. IPv6 forms that
 * embed an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) are classified by the
 * embedded address, so {@code ::ffff:127.0.0.1} is as much loopback as {@code 127.0.0.1}. For IPv6, only global
 * unicast (2000::/3) outside the special-purpose blocks counts as public.
 */
public enum AddressClass {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    ANY_LOCAL("an unspecified (\"this host\") address"),
    PRIVATE("a private-network address"),
    LINK_LOCAL("a link-local address (the range of cloud metadata services)"),
    SHARED("a carrier-grade NAT (shared) address"),
    UNIQUE_LOCAL("an IPv6 unique-local (private) address"),
    MULTICAST("a multicast address"),
    BROADCAST("the broadcast address"),
    DOCUMENTATION("an address reserved for documentation"),
    RESERVED("a reserved or special-purpose address");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    /** Words for a user, e.g. "a loopback address". */
    public String description() {
        return description;
    }

    public static AddressClass of(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? ofIpv4(bytes, 0) : ofIpv6(bytes);
    }

    private static AddressClass ofIpv4(byte[] bytes, int offset) {
        int a = bytes[offset] & 0xff;
        int b = bytes[offset + 1] & 0xff;
        int c = bytes[offset + 2] & 0xff;
        int d = bytes[offset + 3] & 0xff;
        if (a == 0) {
            return ANY_LOCAL;                                   // 0.0.0.0/8 "this network"
        } else if (a == 127) {
            return LOOPBACK;                                    // 127.0.0.0/8
        } else if (a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168)) {
            return PRIVATE;                                     // RFC 1918
        } else if (a == 169 && b == 254) {
            return LINK_LOCAL;                                  // 169.254.0.0/16, incl. 169.254.169.254
        } else if (a == 100 && (b & 0xc0) == 64) {
            return SHARED;                                      // 100.64.0.0/10
        } else if ((a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100)
                || (a == 203 && b == 0 && c == 113)) {
            return DOCUMENTATION;                               // TEST-NET-1/2/3
        } else if ((a == 192 && b == 0 && c == 0) || (a == 198 && (b & 0xfe) == 18)
                || (a == 192 && b == 88 && c == 99)) {
            return RESERVED;                                    // IETF assignments, benchmarking, 6to4 relay
        } else if (a >= 224 && a <= 239) {
            return MULTICAST;                                   // 224.0.0.0/4
        } else if (a == 255 && b == 255 && c == 255 && d == 255) {
            return BROADCAST;
        } else if (a >= 240) {
            return RESERVED;                                    // 240.0.0.0/4
        }
        return PUBLIC;
    }

    private static AddressClass ofIpv6(byte[] b) {
        if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return ofIpv4(b, 12);                               // ::ffff:a.b.c.d IPv4-mapped
        }
        if (zero(b, 0, 15)) {
            return b[15] == 0 ? ANY_LOCAL : b[15] == 1 ? LOOPBACK : ofIpv4(b, 12);  // ::, ::1, ::0.0.0.x
        }
        if (zero(b, 0, 12)) {
            return ofIpv4(b, 12);                               // ::a.b.c.d IPv4-compatible (deprecated)
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        int b2 = b[2] & 0xff;
        int b3 = b[3] & 0xff;
        if (b0 == 0x00 && b1 == 0x64 && b2 == 0xff && b3 == 0x9b) {
            if (zero(b, 4, 12)) {
                return ofIpv4(b, 12);                           // 64:ff9b::/96 NAT64
            }
            if (b[4] == 0 && b[5] == 1) {
                return PRIVATE;                                 // 64:ff9b:1::/48 local-use NAT64
            }
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return ofIpv4(b, 2);                                // 2002:AABB:CCDD::/48 6to4
        }
        if (b0 == 0x20 && b1 == 0x01 && b2 == 0x0d && b3 == 0xb8) {
            return DOCUMENTATION;                               // 2001:db8::/32
        }
        if (b0 == 0x20 && b1 == 0x01 && (b2 & 0xfe) == 0) {
            return RESERVED;                                    // 2001::/23, incl. Teredo 2001::/32
        }
        if (b0 == 0xff) {
            return MULTICAST;                                   // ff00::/8
        }
        if ((b0 & 0xfe) == 0xfc) {
            return UNIQUE_LOCAL;                                // fc00::/7
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return LINK_LOCAL;                                  // fe80::/10
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return PRIVATE;                                     // fec0::/10 deprecated site-local
        }
        if ((b0 & 0xe0) != 0x20) {
            return RESERVED;                                    // outside global unicast 2000::/3
        }
        return PUBLIC;
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
