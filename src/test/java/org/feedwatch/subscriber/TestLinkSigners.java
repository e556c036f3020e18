package org.feedwatch.subscriber;

import java.util.Optional;
import org.feedwatch.config.TestConfigs;

/** A real LinkSigner for tests outside a container. */
public final class TestLinkSigners {

    private TestLinkSigners() {
    }

    public static LinkSigner of(String secret, String baseUrl, Optional<String> unsubscribeAddress) {
        return of(TestConfigs.secret(secret), baseUrl, unsubscribeAddress);
    }

    public static LinkSigner of(org.feedwatch.config.SecretConfig secret, String baseUrl,
            Optional<String> unsubscribeAddress) {
        LinkSigner signer = new LinkSigner();
        signer.secret = secret;
        signer.server = TestConfigs.server(baseUrl);
        signer.mail = TestConfigs.mail(unsubscribeAddress);
        return signer;
    }
}
