package org.feedwatch.web.admin;

import org.feedwatch.subscriber.DeliveryMode;
import org.feedwatch.subscriber.Subscriber;

/**
 * A subscriber as the console lists them. {@code status} is one of {@code unsubscribed}, {@code unconfirmed},
 * {@code paused} and {@code active}, in that order of precedence: an unsubscribed address gets nothing whatever
 * its mode says.
 */
public record SubscriberRow(long id, String email, String status, String deliveryMode, String pausedReason,
        int hardBounces, long rules, String lastDigest, String timeZone, String created) {

    static SubscriberRow of(Subscriber s, long rules) {
        return new SubscriberRow(s.id(), s.email(), status(s.unsubscribedAt().isPresent(), s.confirmed(),
                s.deliveryMode()), s.deliveryMode().apiName(), s.pausedReason().orElse(null), s.hardBounces(), rules,
                AdminPages.when(s.lastDigestAt()), s.zone().getId(), AdminPages.when(s.createdAt()));
    }

    static String status(boolean unsubscribed, boolean confirmed, DeliveryMode mode) {
        if (unsubscribed) {
            return "unsubscribed";
        }
        if (!confirmed) {
            return "unconfirmed";
        }
        return mode == DeliveryMode.PAUSED ? "paused" : "active";
    }
}
