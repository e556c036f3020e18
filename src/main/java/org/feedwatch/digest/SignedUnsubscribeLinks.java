package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.feedwatch.delivery.UnsubscribeLinks;
import org.feedwatch.subscriber.LinkSigner;

/** Gives delivery the signed one-click unsubscribe link for a subscriber's mail headers. */
@ApplicationScoped
public class SignedUnsubscribeLinks implements UnsubscribeLinks {

    @Inject
    LinkSigner signer;

    @Override
    public String unsubscribeUrl(long subscriberId) {
        return signer.unsubscribeUrl(subscriberId);
    }
}
