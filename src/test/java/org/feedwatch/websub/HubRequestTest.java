package org.feedwatch.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HubRequestTest {

    @Test
    void aSubscribeFormCarriesCallbackTopicLeaseAndSecretEncoded() {
        HubRequest request = new HubRequest(3, URI.create("https://hub.example.org/"), "subscribe",
                "https://news.example.org/feed?a=1&b=2", "https://alerts.example.org/websub/3/abc",
                Optional.of("s3cr3t"), Optional.of(Duration.ofDays(10)));
        assertEquals("hub.callback=https%3A%2F%2Falerts.example.org%2Fwebsub%2F3%2Fabc&hub.mode=subscribe"
                + "&hub.topic=https%3A%2F%2Fnews.example.org%2Ffeed%3Fa%3D1%26b%3D2&hub.lease_seconds=864000"
                + "&hub.secret=s3cr3t", request.form());
    }

    @Test
    void anUnsubscribeFormHasNoLeaseAndNoSecret() {
        HubRequest request = new HubRequest(3, URI.create("https://hub.example.org/"), "unsubscribe",
                "https://news.example.org/feed", "https://alerts.example.org/websub/3/abc", Optional.empty(),
                Optional.empty());
        assertEquals("hub.callback=https%3A%2F%2Falerts.example.org%2Fwebsub%2F3%2Fabc&hub.mode=unsubscribe"
                + "&hub.topic=https%3A%2F%2Fnews.example.org%2Ffeed", request.form());
    }
}
