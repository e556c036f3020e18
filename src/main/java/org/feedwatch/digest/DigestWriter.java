package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.match.Match;
import org.feedwatch.subscriber.Subscriber;

/**
 * Composes, renders and records one mail. A failure is contained to that subscriber: when another run
 * recorded the same digest first, or covered its matches, nothing is sent twice and the slot moves on.
 */
@ApplicationScoped
public class DigestWriter {

    private static final Logger LOG = Logger.getLogger(DigestWriter.class.getName());

    @Inject
    DigestStore store;

    @Inject
    DigestComposer composer;

    @Inject
    TemplateRenderer renderer;

    @Inject
    Outbox outbox;

    /** True when a mail was recorded. */
    boolean write(Subscriber subscriber, DigestKind kind, String key, List<Match> matches, DueDigests batch,
            Instant now) {
        if (!subscriber.active()) {
            store.skip(subscriber.id(), kind, now);
            return false;
        }
        try {
            DigestView view = composer.compose(subscriber, matches, batch.ruleNames(), now);
            RenderedDigest rendered = renderer.renderDigest(view);
            store.record(subscriber.id(), key, kind, view, rendered, matches.stream().map(Match::id).toList(), now);
            return true;
        } catch (RuntimeException e) {
            if (outbox.byDigestKey(key).isPresent()) {
                // Another run (a second timer, another server) recorded this digest first: nothing to do.
                store.skip(subscriber.id(), kind, now);
            } else if (causedBy(e, DigestStore.CoveredElsewhereException.class)) {
                LOG.info(e.getMessage()); // the next tick sees what is still waiting
            } else {
                LOG.log(Level.SEVERE, "Digest " + key + " could not be recorded", e);
            }
            return false;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
