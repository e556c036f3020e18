package org.feedwatch.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final Set<String> NO_PROXY = Set.of();
    private static final Set<String> PROXY = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddresses.of("203.0.113.9", List.of("198.51.100.1"), NO_PROXY));
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals("203.0.113.9", ClientAddresses.of("203.0.113.9", List.of("198.51.100.1"), PROXY));
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
        assertEquals("198.51.100.1", ClientAddresses.of("10.0.0.5", List.of("198.51.100.1"), PROXY));
        // whatever the client wrote itself (the left entries) does not count
        assertEquals("198.51.100.1", ClientAddresses.of("10.0.0.5",
                List.of("1.2.3.4, 198.51.100.1", "10.0.0.6"), PROXY));
    }

    @Test
    void aHopThatIsNotAnAddressEndsTheChain() {
        assertEquals("10.0.0.6", ClientAddresses.of("10.0.0.5", List.of("evil.example, 10.0.0.6"), PROXY));
        assertEquals("10.0.0.5", ClientAddresses.of("10.0.0.5", List.of("999.1.1.1"), PROXY));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        String a = ClientAddresses.of("2001:db8:1:2:aaaa::1", List.of(), NO_PROXY);
        assertEquals("2001:0db8:0001:0002::/64", a);
        assertEquals(a, ClientAddresses.of("2001:db8:1:2:bbbb:cccc:dddd:eeee", List.of(), NO_PROXY));
        assertEquals("198.51.100.7", ClientAddresses.of("::ffff:198.51.100.7", List.of(), NO_PROXY));
    }

    @Test
    void trustedProxiesMayBeWrittenInAnyForm() {
        assertEquals("198.51.100.1", ClientAddresses.of("0:0:0:0:0:0:0:1", List.of("198.51.100.1"), Set.of("::1")));
    }
}
