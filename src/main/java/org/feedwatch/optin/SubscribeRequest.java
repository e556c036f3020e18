package org.feedwatch.optin;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import org.feedwatch.subscriber.DeliveryChoice;

/**
 * A sign-up as it came from the public form or JSON: unchecked.
 *
 * @param email    the address to subscribe
 * @param delivery delivery mode, time, weekday and (required) time zone
 * @param rules    rule bodies exactly as the admin API takes them; may be empty
 */
public record SubscribeRequest(String email, DeliveryChoice delivery, List<JsonObject> rules) {

    public SubscribeRequest {
        Objects.requireNonNull(delivery);
        rules = List.copyOf(rules);
    }
}
