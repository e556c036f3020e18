package org.feedwatch.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.feedwatch.ingest.FeedParseException;
import org.feedwatch.ingest.FeedParser;
import org.feedwatch.ingest.IngestService;

/**
 * Content a hub pushes to a feed's callback (WebSub 7): accepted only for an active subscription and only with a
 * valid {@code X-Hub-Signature}; then parsed and stored exactly as a poll's document (items, dedup, matching).
 */
@ApplicationScoped
public class PushReceiver {

    private static final Logger LOG = Logger.getLogger(PushReceiver.class.getName());

    /** STORED and IGNORED are both answered 2xx alike (no signature oracle); UNKNOWN tells the hub to stop. */
    public enum Outcome {
        /** Signed correctly and stored (new items may be none: a second delivery). */
        STORED,
        /** Unsigned, wrongly signed or not a feed: dropped. */
        IGNORED,
        /** No active subscription has this callback. */
        UNKNOWN
    }

    @Inject
    WebSubService webSub;

    @Inject
    FeedParser parser;

    @Inject
    IngestService ingest;

    public Outcome receive(long feedId, String token, Optional<String> signature, byte[] body,
            Optional<String> contentType) {
        Optional<WebSubService.PushTarget> target = webSub.pushTarget(feedId, token);
        if (target.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (!HubSignature.valid(signature.orElse(null), body, target.get().secret())) {
            LOG.info(() -> "WebSub content for feed " + feedId + " ignored: "
                    + (signature.isEmpty() ? "no X-Hub-Signature" : "the X-Hub-Signature does not match"));
            return Outcome.IGNORED;
        }
        try {
            return ingest.pushed(feedId, parser.parse(body, contentType, target.get().base()))
                    .map(stored -> Outcome.STORED).orElse(Outcome.UNKNOWN);
        } catch (FeedParseException e) {
            LOG.warning(() -> "WebSub content for feed " + feedId + " ignored: " + e.getMessage());
            return Outcome.IGNORED;
        }
    }
}
