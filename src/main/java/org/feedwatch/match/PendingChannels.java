package org.feedwatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.feedwatch.subscriber.DeliveryChanged;
import org.feedwatch.subscriber.DeliveryMode;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberRepository;

/**
 * Keeps each unsent match waiting for the mail its rule now asks for. Observes delivery changes synchronously,
 * so the matches move in the same transaction as the setting that moved them.
 */
@ApplicationScoped
public class PendingChannels {

    @Inject
    SubscriberRepository subscribers;

    @Inject
    MatchRepository matches;

    void onDeliveryChanged(@Observes DeliveryChanged change) {
        subscribers.find(change.subscriberId()).ifPresent(s -> matches.rechannel(s.id(), modeOf(s)));
    }

    /** The mode that decides a subscriber's mail: none at all (PAUSED) unless confirmed and subscribed. */
    static DeliveryMode modeOf(Subscriber subscriber) {
        return modeOf(subscriber.deliveryMode(), subscriber.confirmed(), subscriber.unsubscribedAt().isEmpty());
    }

    static DeliveryMode modeOf(DeliveryMode chosen, boolean confirmed, boolean subscribed) {
        return confirmed && subscribed ? chosen : DeliveryMode.PAUSED;
    }
}
