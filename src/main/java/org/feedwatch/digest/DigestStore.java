package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.match.Match;
import org.feedwatch.match.MatchRepository;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.RuleRepository;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberRepository;

/** The transactions of the digest step: reading a due batch, and recording a digest with its matches. */
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
    org.feedwatch.config.ServerConfig server;

    public List<Long> dueIds(Instant now, long after, int limit) {
        return subscribers.dueIds(now, after, limit);
    }

    /** Subscribers, their unsent matches and the names of the rules involved: three queries per batch. */
    public DueDigests load(Collection<Long> subscriberIds) {
        List<Subscriber> batch = subscribers.byIds(subscriberIds);
        List<Match> unsent = matches.unsentFor(subscriberIds);
        Map<Long, List<Match>> bySubscriber = unsent.stream().collect(Collectors.groupingBy(Match::subscriberId));
        List<Long> ruleIds = unsent.stream().map(Match::ruleId).distinct().toList();
        Map<Long, String> names = ruleIds.isEmpty() ? Map.of()
                : rules.byIds(ruleIds).stream().collect(Collectors.toMap(Rule::id, Rule::name));
        return new DueDigests(batch, bySubscriber, names);
    }

    /**
     * Records the rendered digest in the outbox, marks its matches as covered and plans the subscriber's next
     * digest — all or nothing. A second digest with the same key fails on the unique constraint.
     */
    public OutboxMessage record(long subscriberId, String digestKey, DigestView view, RenderedDigest rendered,
            List<Long> matchIds, Instant now, boolean advanceSchedule) {
        Subscriber subscriber = subscribers.find(subscriberId)
                .orElseThrow(() -> new IllegalStateException("subscriber " + subscriberId + " is gone"));
        OutboxMessage message = outbox.record(new OutboxMessage(subscriberId, digestKey,
                digestKey.substring(0, digestKey.indexOf(':')).toUpperCase(java.util.Locale.ROOT), subscriber.email(),
                view.subject(), messageId(digestKey), rendered.html(), rendered.text(),
                view.entryCount() + view.moreCount(), now));
        matches.markSent(matchIds, message.id());
        if (advanceSchedule) {
            subscriber.digestDone(now);
        }
        return message;
    }

    /** Nothing to send this time (or it was sent already): just plan the next digest. */
    public void skip(long subscriberId, Instant now) {
        subscribers.find(subscriberId).ifPresent(s -> s.digestDone(now));
    }

    private String messageId(String digestKey) {
        // Stable for the digest: a resend after a crash carries the same Message-ID, so clients can dedupe.
        String local = OutboxMessage.archiveIdOf(digestKey);
        return "<" + local + "@" + java.net.URI.create(server.baseUrl()).getHost() + ">";
    }
}
