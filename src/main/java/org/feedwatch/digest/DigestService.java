package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.feedwatch.config.DigestConfig;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.delivery.OutboxSender;
import org.feedwatch.match.Match;
import org.feedwatch.subscriber.DeliveryMode;
import org.feedwatch.subscriber.DeliverySchedule;
import org.feedwatch.subscriber.Subscriber;

/**
 * Sends mail about matches: alerts whose batching window is over, then the daily and weekly digests whose
 * slot has come, each recorded in the outbox with its matches; then the outbox is drained. The digest key
 * (subscriber + kind + period) makes a second mail for the same period impossible, whatever fires twice; a
 * slot missed while the server was down is served once, at the next tick.
 */
@ApplicationScoped
public class DigestService {

    private static final int BATCH = 200;

    @Inject
    DigestStore store;

    @Inject
    DigestWriter writer;

    @Inject
    DigestConfig config;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    Clock clock;

    /** Records every mail due now, then sends; returns how many were recorded. */
    public int sendDue() {
        Instant now = clock.instant();
        int recorded = alerts(now) + scheduled(DigestKind.DAILY, now) + scheduled(DigestKind.WEEKLY, now);
        sender.drain();
        return recorded;
    }

    private int alerts(Instant now) {
        int recorded = 0;
        List<DigestStore.DueAlert> due = store.dueAlerts(now, config.alertWindow());
        for (int from = 0; from < due.size(); from += BATCH) {
            List<DigestStore.DueAlert> page = due.subList(from, Math.min(due.size(), from + BATCH));
            DueDigests batch = store.load(page.stream().map(DigestStore.DueAlert::subscriberId).toList(),
                    Optional.of(DeliveryMode.IMMEDIATE));
            for (DigestStore.DueAlert alert : page) {
                Optional<Subscriber> subscriber = batch.subscriber(alert.subscriberId());
                List<Match> waiting = batch.unsentOf(alert.subscriberId());
                if (subscriber.isPresent() && !waiting.isEmpty()) {
                    String key = "alert:" + alert.subscriberId() + ":" + alert.oldestMatchId();
                    recorded += writer.write(subscriber.get(), DigestKind.ALERT, key, waiting, batch, now) ? 1 : 0;
                }
            }
        }
        return recorded;
    }

    private int scheduled(DigestKind kind, Instant now) {
        DeliveryMode channel = kind == DigestKind.WEEKLY ? DeliveryMode.WEEKLY : DeliveryMode.DAILY;
        int recorded = 0;
        long after = 0;
        List<Long> due;
        // Paged by id, so a subscriber whose digest fails to render is retried on the next tick, not in a loop.
        while (!(due = store.dueIds(kind, now, after, BATCH)).isEmpty()) {
            after = due.get(due.size() - 1);
            DueDigests batch = store.load(due, Optional.of(channel));
            List<Long> nothingToSend = new ArrayList<>();
            for (Subscriber subscriber : batch.subscribers()) {
                List<Match> waiting = batch.unsentOf(subscriber.id());
                boolean wanted = !waiting.isEmpty()
                        || (config.sendEmpty() && subscriber.deliveryMode() == channel && subscriber.active());
                if (wanted) {
                    recorded += writer.write(subscriber, kind, key(kind, subscriber, now), waiting, batch, now) ? 1 : 0;
                } else {
                    nothingToSend.add(subscriber.id());
                }
            }
            store.skip(nothingToSend, kind, now); // one transaction for the batch, not one per subscriber
            if (due.size() < BATCH) {
                break;
            }
        }
        return recorded;
    }

    /** The period a scheduled digest covers is the slot it was due at, even when it is served late. */
    private static String key(DigestKind kind, Subscriber subscriber, Instant now) {
        if (kind == DigestKind.WEEKLY) {
            return "weekly:" + subscriber.id() + ":"
                    + DeliverySchedule.weekOf(subscriber.nextWeeklyAt().orElse(now), subscriber.zone());
        }
        return "daily:" + subscriber.id() + ":"
                + DeliverySchedule.dayOf(subscriber.nextDigestAt().orElse(now), subscriber.zone());
    }

    /**
     * Records and sends one subscriber's digest of every unsent match now, whatever the schedule; empty when
     * there is nothing new. The key names the newest match covered, so repeating the request sends nothing twice.
     */
    public Optional<OutboxMessage> sendNow(long subscriberId) {
        Instant now = clock.instant();
        DueDigests batch = store.load(List.of(subscriberId), Optional.empty());
        Optional<Subscriber> subscriber = batch.subscriber(subscriberId);
        List<Match> unsent = batch.unsentOf(subscriberId);
        if (subscriber.isEmpty() || unsent.isEmpty() || !subscriber.get().active()) {
            return Optional.empty();
        }
        long newest = unsent.stream().mapToLong(Match::id).max().orElse(0);
        String key = "now:" + subscriberId + ":" + newest;
        if (!writer.write(subscriber.get(), DigestKind.NOW, key, unsent, batch, now)) {
            return Optional.empty();
        }
        sender.drain();
        return outbox.byDigestKey(key);
    }
}
