package org.feedwatch.subscriber;

/**
 * Fired (synchronously, inside the changing transaction) when a subscriber's mail settings or one of their
 * rules' delivery modes changed, or they unsubscribed: their unsent matches must wait for the right mail.
 */
public record DeliveryChanged(long subscriberId) {
}
