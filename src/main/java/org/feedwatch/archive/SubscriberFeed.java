package org.feedwatch.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.feedwatch.config.ArchiveConfig;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.match.Match;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.RuleService;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;

/** A subscriber's private feed of matches: the newest matched items, read in one transaction. */
@ApplicationScoped
public class SubscriberFeed {

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    @Inject
    SubscriberService subscribers;

    @Inject
    RuleService rules;

    @Inject
    LinkSigner signer;

    @Inject
    ServerConfig server;

    @Inject
    ArchiveConfig config;

    /** The feed, or empty when there is no such subscriber. The caller has checked the feed token. */
    @Transactional
    public Optional<MatchFeedDocument> of(long subscriberId) {
        Optional<Subscriber> subscriber = subscribers.find(subscriberId);
        if (subscriber.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> ruleNames = rules.bySubscriber(subscriberId).stream()
                .collect(Collectors.toMap(Rule::id, Rule::name, (a, b) -> a));
        return Optional.of(new MatchFeedAssembler(server.baseUrl()).assemble(subscriberId,
                subscriber.get().email(), signer.feedUrl(subscriberId), newestItemsMatches(subscriberId),
                ruleNames, subscriber.get().createdAt()));
    }

    /**
     * All matches of the newest matched items, newest first. Two queries: the items first (by their newest match),
     * so an item several rules matched is one entry with all its rules, and the limit counts entries, not rows.
     */
    private List<Match> newestItemsMatches(long subscriberId) {
        List<Long> itemIds = em.createQuery("SELECT m.item.id, MAX(m.id) AS newest FROM Match m"
                        + " WHERE m.subscriberId = :s GROUP BY m.item.id ORDER BY newest DESC", Object[].class)
                .setParameter("s", subscriberId).setMaxResults(config.feedEntries()).getResultList().stream()
                .map(row -> (Long) row[0]).toList();
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Match m JOIN FETCH m.item i JOIN FETCH i.feed"
                        + " WHERE m.subscriberId = :s AND i.id IN :ids ORDER BY m.id DESC", Match.class)
                .setParameter("s", subscriberId).setParameter("ids", itemIds).getResultList();
    }
}
