package org.feedwatch.web.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OriginCheckTest {

    private static final URI SELF = URI.create("http://localhost:9080/subscription?s=1&t=x");

    @Test
    void theSameSchemeHostAndPortIsOurs() {
        assertTrue(OriginCheck.sameOrigin("http://localhost:9080", SELF));
        assertTrue(OriginCheck.sameOrigin("http://LOCALHOST:9080", SELF));
        assertTrue(OriginCheck.sameOrigin("https://feeds.example.org",
                URI.create("https://feeds.example.org:443/admin/feeds")));
    }

    @Test
    void anythingElseIsForeign() {
        assertFalse(OriginCheck.sameOrigin("http://localhost:9081", SELF));
        assertFalse(OriginCheck.sameOrigin("https://localhost:9080", SELF));
        assertFalse(OriginCheck.sameOrigin("http://evil.example", SELF));
        assertFalse(OriginCheck.sameOrigin("http://localhost.evil.example:9080", SELF));
        assertFalse(OriginCheck.sameOrigin("null", SELF));
        assertFalse(OriginCheck.sameOrigin("::not a uri::", SELF));
    }
}
