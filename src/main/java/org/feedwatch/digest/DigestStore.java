package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.match.Match;
import org.feedwatch.match.MatchRepository;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.RuleRepository;
import org.feedwatch.subscriber.DeliveryMode;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberRepository;

/** The transactions of the digest step: finding who is due, reading a batch, recording a digest with its matches. */
@ApplicationScoped
@Transactional
public class DigestStore {

    @Inject
    SubscriberRepository subscribers;

    @Inject
    MatchRepository matches;

    @Inject
    RuleRepository rules;

    @Inject
    Outbox outbox;

    @Inject
    ServerConfig server;

    /** Subscribers whose daily or weekly slot has come, by id from {@code after} on. */
    public List<Long> dueIds(DigestKind kind, Instant now, long after, int limit) {
        return kind == DigestKind.WEEKLY ? subscribers.weeklyDueIds(now, after, limit)
                : subscribers.dueIds(now, after, limit);
    }

    /**
     * Subscribers with matches waiting for an alert whose batching window is over: the first alert goes at
     * once, later ones wait until {@code window} after the previous alert. Two queries, whoever waits.
     */
    public List<DueAlert> dueAlerts(Instant now, Duration window) {
        List<Object[]> waiting = matches.alertsWaiting();
        Map<Long, Subscriber> byId = subscribers.byIds(waiting.stream().map(row -> (Long) row[0]).toList()).stream()
                .collect(Collectors.toMap(Subscriber::id, Function.identity()));
        List<DueAlert> due = new ArrayList<>();
        for (Object[] row : waiting) {
            Subscriber s = byId.get((Long) row[0]);
            boolean windowOver = s != null && s.lastAlertAt().map(last -> !last.plus(window).isAfter(now)).orElse(true);
            if (windowOver) {
                due.add(new DueAlert(s.id(), (Long) row[2]));
            }
        }
        return due;
    }

    /** A subscriber with matches waiting for an alert; the oldest one's id names the alert. */
    public record DueAlert(long subscriberId, long oldestMatchId) {
    }

    /**
     * Subscribers, their matches waiting on {@code channel} (every unsent one when empty) and the names of the
     * rules involved: three queries per batch.
     */
    public DueDigests load(Collection<Long> subscriberIds, Optional<DeliveryMode> channel) {
        List<Subscriber> batch = subscribers.byIds(subscriberIds);
        List<Match> waiting = channel.isPresent() ? matches.pendingFor(subscriberIds, channel.get())
                : matches.unsentFor(subscriberIds);
        Map<Long, List<Match>> bySubscriber = waiting.stream().collect(Collectors.groupingBy(Match::subscriberId));
        List<Long> ruleIds = waiting.stream().map(Match::ruleId).distinct().toList();
        Map<Long, String> names = ruleIds.isEmpty() ? Map.of()
                : rules.byIds(ruleIds).stream().collect(Collectors.toMap(Rule::id, Rule::name));
        return new DueDigests(batch, bySubscriber, names);
    }

    /**
     * Records the rendered digest in the outbox, marks its matches as covered and plans the subscriber's next
     * mail of this kind — all or nothing. A second digest with the same key fails on the unique constraint; a
     * digest whose matches another one covered meanwhile fails here and rolls back.
     */
    public OutboxMessage record(long subscriberId, String digestKey, DigestKind kind, DigestView view,
            RenderedDigest rendered, List<Long> matchIds, Instant now) {
        Subscriber subscriber = subscribers.find(subscriberId)
                .orElseThrow(() -> new IllegalStateException("subscriber " + subscriberId + " is gone"));
        OutboxMessage message = outbox.record(new OutboxMessage(subscriberId, digestKey, kind.name(),
                subscriber.email(), view.subject(), messageId(digestKey), rendered.html(), rendered.text(),
                view.entryCount() + view.moreCount(), now));
        int marked = matches.markSent(matchIds, message.id());
        if (marked != matchIds.size()) {
            throw new CoveredElsewhereException(digestKey, matchIds.size() - marked);
        }
        served(subscriber, kind, now);
        return message;
    }

    /** Nothing to send for this slot (or it was sent already): just plan the next one. */
    public void skip(long subscriberId, DigestKind kind, Instant now) {
        subscribers.find(subscriberId).ifPresent(s -> served(s, kind, now));
    }

    /** {@link #skip} for a batch of subscribers, read in one query. */
    public void skip(Collection<Long> subscriberIds, DigestKind kind, Instant now) {
        subscribers.byIds(subscriberIds).forEach(s -> served(s, kind, now));
    }

    private static void served(Subscriber subscriber, DigestKind kind, Instant now) {
        switch (kind) {
            case DAILY -> subscriber.digestDone(now);
            case WEEKLY -> subscriber.weeklyDone(now);
            case ALERT -> subscriber.alertSent(now);
            case NOW -> { /* an extra digest: the schedule stays */ }
        }
    }

    private String messageId(String digestKey) {
        // Stable for the digest: a resend after a crash carries the same Message-ID, so clients can dedupe.
        return "<" + OutboxMessage.archiveIdOf(digestKey) + "@" + java.net.URI.create(server.baseUrl()).getHost() + ">";
    }

    /** Another digest covered some of these matches first (two runs raced): this one must not be recorded. */
    static final class CoveredElsewhereException extends RuntimeException {
        CoveredElsewhereException(String digestKey, int taken) {
            super("digest " + digestKey + ": " + taken + " of its matches were covered by another digest meanwhile");
        }
    }
}
