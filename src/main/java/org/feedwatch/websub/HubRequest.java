package org.feedwatch.websub;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A subscribe or unsubscribe request for one feed's hub (WebSub 5.1), ready to send.
 *
 * @param hub the hub URL as the feed advertised it (hostile input: it is sent only through the guarded fetcher)
 */
public record HubRequest(long feedId, URI hub, String mode, String topic, String callback, Optional<String> secret,
                         Optional<Duration> lease) {

    public HubRequest {
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(lease, "lease");
    }

    /** The form body: hub.callback, hub.mode, hub.topic, and for subscribe hub.lease_seconds and hub.secret. */
    public String form() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("hub.callback", callback);
        fields.put("hub.mode", mode);
        fields.put("hub.topic", topic);
        lease.ifPresent(value -> fields.put("hub.lease_seconds", Long.toString(value.toSeconds())));
        secret.ifPresent(value -> fields.put("hub.secret", value));
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
