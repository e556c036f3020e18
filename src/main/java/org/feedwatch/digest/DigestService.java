package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.delivery.OutboxSender;
import org.feedwatch.match.Match;
import org.feedwatch.subscriber.DeliverySchedule;
import org.feedwatch.subscriber.Subscriber;

/**
 * Sends digests: every due subscriber's unsent matches become one rendered digest in the outbox, then the
 * outbox is drained. The digest key (subscriber + local date) makes a second digest for the same day
 * impossible, whatever fires twice.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class.getName());
    private static final int BATCH = 200;

    @Inject
    DigestStore store;

    @Inject
    DigestComposer composer;

    @Inject
    TemplateRenderer renderer;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    Clock clock;

    /** Records the digests of everyone due now, then sends; returns how many digests were recorded. */
    public int sendDue() {
        int recorded = 0;
        Instant now = clock.instant();
        long after = 0;
        List<Long> due;
        // Paged by id, so a subscriber whose digest fails to render is retried on the next tick, not in a loop.
        while (!(due = store.dueIds(now, after, BATCH)).isEmpty()) {
            after = due.get(due.size() - 1);
            DueDigests batch = store.load(due);
            for (Subscriber subscriber : batch.subscribers()) {
                String key = "daily:" + subscriber.id() + ":"
                        + DeliverySchedule.dayOf(subscriber.nextDigestAt().orElse(now), subscriber.zone());
                recorded += compose(subscriber, batch, key, now, true).isPresent() ? 1 : 0;
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        sender.drain();
        return recorded;
    }

    /**
     * Records and sends one subscriber's digest now, whatever the schedule; empty when there is nothing new.
     * The key names the newest match covered, so repeating the request sends nothing twice.
     */
    public Optional<OutboxMessage> sendNow(long subscriberId) {
        Instant now = clock.instant();
        DueDigests batch = store.load(List.of(subscriberId));
        if (batch.subscribers().isEmpty()) {
            return Optional.empty();
        }
        Subscriber subscriber = batch.subscribers().get(0);
        long newest = batch.unsentOf(subscriberId).stream().mapToLong(Match::id).max().orElse(0);
        Optional<OutboxMessage> message = compose(subscriber, batch, "now:" + subscriberId + ":" + newest, now,
                false);
        if (message.isPresent()) {
            sender.drain();
            return outbox.find(message.get().id());
        }
        return message;
    }

    private Optional<OutboxMessage> compose(Subscriber subscriber, DueDigests batch, String key, Instant now,
            boolean scheduled) {
        List<Match> unsent = batch.unsentOf(subscriber.id());
        if (unsent.isEmpty() || !subscriber.active()) {
            if (scheduled) {
                store.skip(subscriber.id(), now);
            }
            return Optional.empty();
        }
        try {
            DigestView view = composer.compose(subscriber, unsent, batch.ruleNames(), now);
            RenderedDigest rendered = renderer.renderDigest(view);
            List<Long> ids = unsent.stream().map(Match::id).toList();
            return Optional.of(store.record(subscriber.id(), key, view, rendered, ids, now, scheduled));
        } catch (RuntimeException e) {
            if (outbox.byDigestKey(key).isPresent()) {
                // Another run (a second timer, another server) recorded this digest first: nothing to do.
                if (scheduled) {
                    store.skip(subscriber.id(), now);
                }
                return Optional.empty();
            }
            LOG.log(Level.SEVERE, "Digest for subscriber " + subscriber.id() + " could not be recorded", e);
            return Optional.empty();
        }
    }
}
