package org.feedwatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.PreviewConfig;
import org.feedwatch.feed.ItemRepository;
import org.feedwatch.feed.Item;
import org.feedwatch.rule.RuleDraft;
import org.feedwatch.rule.RuleQuery;
import org.feedwatch.rule.RuleService;

/**
 * Tries a rule before it is saved: against a text someone types, or against the stored items of the last
 * days. The rule is checked exactly as saving checks it and matched by the same engine, in an index of its
 * own, so what a trial shows is what the saved rule will do.
 */
@ApplicationScoped
public class RuleTrial {

    /** Items read and matched per database page. */
    static final int PAGE = 1_000;
    private static final long TRIAL_RULE = 1;

    @Inject
    RuleService rules;

    @Inject
    ItemRepository items;

    @Inject
    PreviewConfig config;

    @Inject
    Clock clock;

    /** The outcome of one text: empty when the rule does not match it. */
    public List<RuleHit> test(JsonObject rule, MatchableItem text) throws InvalidInputException {
        try (RuleIndex index = indexOf(rule)) {
            return index.match(List.of(text)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored item the rule would have matched, and why. */
    public record Found(Item item, RuleHit hit) {
    }

    /**
     * @param scanned how many stored items were looked at, newest first
     * @param capped  true when the preview stopped at its limit of items looked through, before the start of
     *                the period and before finding {@code limit} matches: older items were not looked at
     */
    public record Preview(int days, int scanned, boolean capped, List<Found> matches) {
    }

    /** The newest stored items of the last {@code days} days that the rule would match, at most {@code limit}. */
    public Preview preview(JsonObject rule, int days, int limit) throws InvalidInputException {
        return preview(rule, days, limit, config.maxItems());
    }

    /** The same, looking through at most {@code maxItems} stored items (fewer than the configured maximum). */
    public Preview preview(JsonObject rule, int days, int limit, int maxItems) throws InvalidInputException {
        int scanLimit = Math.min(maxItems, config.maxItems());
        if (days < 1 || days > config.maxDays()) {
            throw new InvalidInputException("days", "days must be between 1 and " + config.maxDays());
        }
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("limit", "limit must be between 1 and 100");
        }
        Instant since = clock.instant().minus(Duration.ofDays(days));
        List<Found> found = new ArrayList<>();
        int scanned = 0;
        long beforeId = Long.MAX_VALUE;
        try (RuleIndex index = indexOf(rule)) {
            while (found.size() < limit && scanned < scanLimit) {
                List<Item> page = items.recentItems(since, beforeId, Math.min(PAGE, scanLimit - scanned));
                if (page.isEmpty()) {
                    return new Preview(days, scanned, false, found);
                }
                scanned += page.size();
                beforeId = page.get(page.size() - 1).id();
                List<List<RuleHit>> hits = index.match(page.stream().map(MatchableItem::of).toList());
                for (int i = 0; i < page.size() && found.size() < limit; i++) {
                    for (RuleHit hit : hits.get(i)) {
                        found.add(new Found(page.get(i), hit));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Preview(days, scanned, found.size() < limit, found);
    }

    private RuleIndex indexOf(JsonObject rule) throws InvalidInputException {
        RuleDraft draft;
        List<RuleQuery> queries;
        try {
            draft = rules.check(rule);
            queries = draft.compile();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("rule." + e.field(), e.getMessage(),
                    e.position().isPresent() ? e.position().getAsInt() : null);
        }
        RuleIndex index = new RuleIndex();
        index.putRules(Map.of(TRIAL_RULE, queries));
        return index;
    }
}
