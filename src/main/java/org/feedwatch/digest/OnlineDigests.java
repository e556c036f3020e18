package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.match.Match;
import org.feedwatch.match.MatchRepository;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.RuleRepository;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberRepository;

/**
 * The web version of a digest ("read online"): composed again from the matches it covered, with the same
 * composer and template as the mail but without the cap, so "and N more" in the mail leads to all of them.
 */
@ApplicationScoped
@Transactional
public class OnlineDigests {

    /** Archive ids are name-based UUIDs; anything else is not looked up at all. */
    private static final Pattern ARCHIVE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    Outbox outbox;

    @Inject
    MatchRepository matches;

    @Inject
    RuleRepository rules;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    DigestComposer composer;

    @Inject
    TemplateRenderer renderer;

    /**
     * The page of one of this subscriber's digests; empty when there is no such digest or it is someone else's.
     * When its matches are gone (their feed was deleted), the HTML that was mailed is shown instead.
     */
    public Optional<String> page(long subscriberId, String archiveId) {
        if (archiveId == null || !ARCHIVE_ID.matcher(archiveId).matches()) {
            return Optional.empty();
        }
        Optional<OutboxMessage> found = outbox.byArchiveId(archiveId)
                .filter(m -> m.subscriberId().orElse(-1L) == subscriberId);
        Optional<Subscriber> subscriber = subscribers.find(subscriberId);
        if (found.isEmpty() || subscriber.isEmpty()) {
            return Optional.empty();
        }
        OutboxMessage message = found.get();
        List<Match> covered = matches.coveredBy(message.id());
        if (covered.isEmpty()) {
            return Optional.of(message.bodyHtml());
        }
        List<Long> ruleIds = covered.stream().map(Match::ruleId).distinct().toList();
        Map<Long, String> names = rules.byIds(ruleIds).stream().collect(Collectors.toMap(Rule::id, Rule::name));
        DigestView view = composer.compose(subscriber.get(), covered, names, message.createdAt(),
                kindOf(message.kind()), archiveId, Integer.MAX_VALUE);
        return Optional.of(renderer.renderWebPage(view));
    }

    static DigestKind kindOf(String kind) {
        for (DigestKind known : DigestKind.values()) {
            if (known.name().equals(kind)) {
                return known;
            }
        }
        return DigestKind.DAILY;
    }
}
