package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import org.feedwatch.ingest.FeedFetchException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pure tests: addresses are built from literals (no DNS) and nothing is connected to. */
class AddressGuardTest {

    /** A resolver for checks that must not resolve anything. */
    private static final AddressGuard.Resolver NO_DNS = host -> {
        throw new AssertionError("resolved " + host + " although no resolution was expected");
    };

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, LOOPBACK",
        "127.255.255.254, LOOPBACK",
        "::1, LOOPBACK",
        "::ffff:127.0.0.1, LOOPBACK",
        "0.0.0.0, ANY_LOCAL",
        "0.1.2.3, ANY_LOCAL",
        "::, ANY_LOCAL",
        "10.0.0.1, PRIVATE",
        "10.255.255.255, PRIVATE",
        "172.16.0.1, PRIVATE",
        "172.31.255.255, PRIVATE",
        "192.168.1.1, PRIVATE",
        "::ffff:192.168.0.10, PRIVATE",
        "fec0::1, PRIVATE",
        "169.254.169.254, LINK_LOCAL",
        "169.254.0.1, LINK_LOCAL",
        "fe80::1, LINK_LOCAL",
        "febf:ffff::1, LINK_LOCAL",
        "100.64.0.1, SHARED",
        "100.127.255.255, SHARED",
        "224.0.0.1, MULTICAST",
        "239.255.255.250, MULTICAST",
        "ff02::1, MULTICAST",
        "255.255.255.255, BROADCAST",
        "fc00::1, UNIQUE_LOCAL",
        "fd12:3456:789a::1, UNIQUE_LOCAL",
        "240.0.0.1, RESERVED",
        "250.1.2.3, RESERVED",
        "198.18.0.1, RESERVED",
        "192.0.0.8, RESERVED",
        "2001::1, RESERVED",
        "100::1, RESERVED",
        "192.0.2.1, DOCUMENTATION",
        "198.51.100.7, DOCUMENTATION",
        "203.0.113.9, DOCUMENTATION",
        "2001:db8::1, DOCUMENTATION",
        // IPv4-compatible, NAT64 and 6to4 forms are judged by the IPv4 address inside
        "::127.0.0.1, LOOPBACK",
        "::10.0.0.1, PRIVATE",
        "64:ff9b::7f00:1, LOOPBACK",
        "64:ff9b::a9fe:a9fe, LINK_LOCAL",
        "64:ff9b::a00:1, PRIVATE",
        "64:ff9b:1::1, PRIVATE",
        "2002:7f00:1::1, LOOPBACK",
        "2002:c0a8:101::1, PRIVATE",
        // metadata, CGNAT, unique-local and "this host" in every IPv6 disguise
        "fd00::1, UNIQUE_LOCAL",
        "fd00:ec2::254, UNIQUE_LOCAL",                           // AWS instance metadata over IPv6
        "fe80::a9fe:a9fe, LINK_LOCAL",
        "100.64.0.0, SHARED",
        "::ffff:169.254.169.254, LINK_LOCAL",
        "::ffff:10.0.0.1, PRIVATE",
        "::ffff:172.16.0.1, PRIVATE",
        "::ffff:100.64.0.1, SHARED",
        "::ffff:0.0.0.0, ANY_LOCAL",
        "::169.254.169.254, LINK_LOCAL",
        "::192.168.0.1, PRIVATE",
        "64:ff9b::c0a8:101, PRIVATE",
        "64:ff9b::6440:1, SHARED",
        "64:ff9b::0:0, ANY_LOCAL",
        "2002:a9fe:a9fe::1, LINK_LOCAL",
        "2002:a00:1::1, PRIVATE",
        "2002:ac10:1::1, PRIVATE",
        "2002:6440:1::1, SHARED",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2, RESERVED",      // Teredo
        // public
        "8.8.8.8, PUBLIC",
        "1.1.1.1, PUBLIC",
        "93.184.216.34, PUBLIC",
        "11.0.0.1, PUBLIC",
        "172.15.255.255, PUBLIC",
        "172.32.0.1, PUBLIC",
        "100.63.255.255, PUBLIC",
        "100.128.0.1, PUBLIC",
        "169.253.255.255, PUBLIC",
        "192.169.0.1, PUBLIC",
        "223.255.255.255, PUBLIC",
        "::ffff:8.8.8.8, PUBLIC",
        "2606:4700:4700::1111, PUBLIC",
        "2a00:1450:4001:80b::200e, PUBLIC",
        "64:ff9b::808:808, PUBLIC",
        "2002:808:808::1, PUBLIC",
    })
    void classifiesAddressLiterals(String literal, AddressClass expected) throws Exception {
        InetAddress address = InetAddress.getByName(literal);   // a literal: parsed, never looked up
        assertEquals(expected, AddressClass.of(address));
        assertEquals(expected == AddressClass.PUBLIC, AddressGuard.isPublic(address));
    }

    @Test
    void judgesIpv4MappedAddressesKeptInIpv6Form() throws Exception {
        // InetAddress.getByName turns ::ffff:a.b.c.d into an Inet4Address; an Inet6Address can still carry one.
        assertEquals(AddressClass.LOOPBACK, AddressClass.of(mapped(127, 0, 0, 1)));
        assertEquals(AddressClass.LINK_LOCAL, AddressClass.of(mapped(169, 254, 169, 254)));
        assertEquals(AddressClass.PRIVATE, AddressClass.of(mapped(10, 1, 2, 3)));
        assertEquals(AddressClass.PUBLIC, AddressClass.of(mapped(8, 8, 4, 4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "jar:file:/tmp/a.jar!/feed.xml",
        "javascript:alert(1)", "gopher://127.0.0.1:70/", "feed.xml", "//127.0.0.1/feed.xml", "http:///feed.xml",
        "http://under_score.example/feed", "http://127.1:18931/feed"})
    void refusesUrlsThatAreNotHttpWithAHost(String url) {
        AddressGuard guard = new AddressGuard(Set.of("127.0.0.1:80"), NO_DNS);
        FeedFetchException e = assertThrows(FeedFetchException.class, () -> guard.check(URI.create(url)));
        assertEquals(Kind.BAD_URL, e.kind());
        assertTrue(e.getMessage().startsWith(url), e.getMessage());
    }

    @Test
    void refusesLoopbackLiteralAndSaysHowToAllowIt() {
        AddressGuard guard = new AddressGuard(Set.of(), AddressGuardTest::literalOnly);
        FeedFetchException e = assertThrows(FeedFetchException.class,
                () -> guard.check(URI.create("http://127.0.0.1:8080/feed.xml")));
        assertEquals(Kind.BLOCKED_ADDRESS, e.kind());
        assertEquals("http://127.0.0.1:8080/feed.xml: 127.0.0.1 is a loopback address;"
                + " add 127.0.0.1:8080 to feedwatch.fetch.allowed-hosts to allow it", e.getMessage());
    }

    @Test
    void refusesIpv6LoopbackLiteral() {
        AddressGuard guard = new AddressGuard(Set.of(), AddressGuardTest::literalOnly);
        FeedFetchException e = assertThrows(FeedFetchException.class,
                () -> guard.check(URI.create("https://[::1]/feed")));
        assertEquals(Kind.BLOCKED_ADDRESS, e.kind());
        assertTrue(e.getMessage().contains("[::1]:443"), e.getMessage());
    }

    @Test
    void allowsExactlyTheAllowListedHostAndPort() throws Exception {
        AddressGuard guard = new AddressGuard(Set.of("127.0.0.1:18931", "LocalHost:9080", "127.0.0.1:80"),
                AddressGuardTest::literalOnly);
        guard.check(URI.create("http://127.0.0.1:18931/feed.xml"));
        guard.check(URI.create("http://LOCALHOST:9080/feed.xml"));    // host compared case-insensitively
        guard.check(URI.create("http://127.0.0.1/feed.xml"));         // scheme default port 80
        assertEquals(Kind.BLOCKED_ADDRESS, assertThrows(FeedFetchException.class,
                () -> guard.check(URI.create("http://127.0.0.1:18932/feed.xml"))).kind());
        assertEquals(Kind.BLOCKED_ADDRESS, assertThrows(FeedFetchException.class,
                () -> guard.check(URI.create("https://127.0.0.1/feed.xml"))).kind());   // 443 is not listed
        assertEquals(Kind.BLOCKED_ADDRESS, assertThrows(FeedFetchException.class,
                () -> guard.check(URI.create("http://127.0.0.2:18931/feed.xml"))).kind());
    }

    @Test
    void refusesANameWhenAnyOfItsAddressesIsNotPublic() {
        AddressGuard guard = new AddressGuard(Set.of(), host -> new InetAddress[] {
            address(host, 93, 184, 216, 34), address(host, 10, 1, 2, 3)});
        FeedFetchException e = assertThrows(FeedFetchException.class,
                () -> guard.check(URI.create("https://feeds.example.com/rss")));
        assertEquals(Kind.BLOCKED_ADDRESS, e.kind());
        assertEquals("https://feeds.example.com/rss: feeds.example.com resolves to 10.1.2.3, which is a"
                + " private-network address; add feeds.example.com:443 to feedwatch.fetch.allowed-hosts to allow it",
                e.getMessage());
    }

    @Test
    void acceptsANameWhoseAddressesAreAllPublic() throws Exception {
        AddressGuard guard = new AddressGuard(Set.of(), host -> new InetAddress[] {address(host, 93, 184, 216, 34)});
        guard.check(URI.create("https://feeds.example.com/rss"));
    }

    @Test
    void reportsAnUnknownHostAsANetworkProblem() {
        AddressGuard guard = new AddressGuard(Set.of(), host -> {
            throw new UnknownHostException(host);
        });
        FeedFetchException e = assertThrows(FeedFetchException.class,
                () -> guard.check(URI.create("https://no-such-host.example/rss")));
        assertEquals(Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("unknown host no-such-host.example"), e.getMessage());
    }

    /** Names are judged by what they resolve to, including IPv6 and IPv4-mapped answers. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "metadata.google.internal, 169.254.169.254, a link-local address",
        "imds.example.com, fd00:ec2::254, an IPv6 unique-local (private) address",
        "router.example.com, fe80::1, a link-local address",
        "cgnat.example.com, 100.64.1.1, a carrier-grade NAT (shared) address",
        "zero.example.com, 0.0.0.0, an unspecified",
        "nat64.example.com, 64:ff9b::a9fe:a9fe, a link-local address",
        "sixtofour.example.com, 2002:c0a8:101::1, a private-network address",
    })
    void refusesNamesThatResolveToNonPublicAddresses(String host, String literal, String description) {
        AddressGuard guard = new AddressGuard(Set.of(), name -> new InetAddress[] {named(name, literal)});
        FeedFetchException e = assertThrows(FeedFetchException.class,
                () -> guard.check(URI.create("https://" + host + "/feed")));
        assertEquals(Kind.BLOCKED_ADDRESS, e.kind());
        assertTrue(e.getMessage().startsWith("https://" + host + "/feed: " + host + " resolves to "), e.getMessage());
        assertTrue(e.getMessage().contains(description), e.getMessage());
    }

    @Test
    void refusesANameWhoseAnswerIsAnIpv4MappedPrivateAddressInIpv6Form() throws Exception {
        InetAddress mappedMetadata = mapped(169, 254, 169, 254);
        AddressGuard guard = new AddressGuard(Set.of(), host -> new InetAddress[] {mappedMetadata});
        assertEquals(Kind.BLOCKED_ADDRESS, assertThrows(FeedFetchException.class,
                () -> guard.check(URI.create("http://mapped.example.com/feed"))).kind());
    }

    /**
     * The allow-list matches host:port as written; another spelling of the allow-listed address (decimal,
     * IPv4-mapped, the name localhost) is judged on its own and refused. These are literals: no DNS query. (The
     * short form 127.1 is no host name for java.net.URI at all: refused as a bad URL above.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433:18931/feed",
        "http://[::ffff:127.0.0.1]:18931/feed", "http://[0:0:0:0:0:ffff:7f00:1]:18931/feed",
        "http://[::1]:18931/feed", "http://127.0.0.2:18931/feed", "http://localhost:18931/feed"})
    void otherSpellingsOfTheAllowListedAddressAreRefused(String url) {
        AddressGuard guard = new AddressGuard(Set.of("127.0.0.1:18931"),
                host -> host.equals("localhost") ? new InetAddress[] {named(host, "127.0.0.1")} : literalOnly(host));
        FeedFetchException e = assertThrows(FeedFetchException.class, () -> guard.check(URI.create(url)));
        assertEquals(Kind.BLOCKED_ADDRESS, e.kind());
        assertTrue(e.getMessage().contains("is a loopback address"), e.getMessage());
    }

    @Test
    void publicCheckIsNotFooledByMetadataAddress() throws Exception {
        assertFalse(AddressGuard.isPublic(InetAddress.getByName("169.254.169.254")));
    }

    private static InetAddress[] literalOnly(String host) throws UnknownHostException {
        if (!host.startsWith("[") && !Character.isDigit(host.charAt(0))) {
            fail("resolved host name " + host + " although only literals were expected");
        }
        return new InetAddress[] {InetAddress.getByName(host)};
    }

    /** {@code literal} as the answer for {@code host}, without any lookup. */
    private static InetAddress named(String host, String literal) {
        try {
            return InetAddress.getByAddress(host, InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static InetAddress address(String host, int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(host, new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static InetAddress mapped(int a, int b, int c, int d) throws UnknownHostException {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = (byte) a;
        bytes[13] = (byte) b;
        bytes[14] = (byte) c;
        bytes[15] = (byte) d;
        InetAddress address = Inet6Address.getByAddress(null, bytes, -1);
        assertTrue(address instanceof Inet6Address, "expected the IPv6 form to be kept");
        return address;
    }
}
