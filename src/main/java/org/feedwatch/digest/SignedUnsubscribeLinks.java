package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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

    @Override
    public Optional<String> unsubscribeMailto(long subscriberId) {
        return signer.unsubscribeMailto(subscriberId);
    }
}
