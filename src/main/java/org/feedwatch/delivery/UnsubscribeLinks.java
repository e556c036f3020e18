package org.feedwatch.delivery;

/**
 * Where the one-click unsubscribe link of a subscriber's mail points. Implemented by the subscriber side, so
 * delivery need not know how links are signed.
 */
public interface UnsubscribeLinks {
    String unsubscribeUrl(long subscriberId);

    /** The mailto: form for List-Unsubscribe, when the server has an address for it. */
    java.util.Optional<String> unsubscribeMailto(long subscriberId);
}
