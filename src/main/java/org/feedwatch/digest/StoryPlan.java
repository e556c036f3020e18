package org.feedwatch.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.feedwatch.feed.Item;
import org.feedwatch.match.Match;
import org.feedwatch.story.Story;
import org.feedwatch.story.StoryGrouper;
import org.feedwatch.story.StoryItem;

/**
 * Decides what a digest holds before anything is formatted: one story per set of near-duplicate items (an item
 * several rules matched is one item; the same story from several feeds is one story), each placed in the section
 * of exactly one rule, newest story first.
 *
 * <p>A story goes to the most specific of the rules that matched it: the one that matched the fewest stories in
 * this digest. Someone who watches both "Ales Bialiatski" and "Belarus" wants the Bialiatski story under
 * Bialiatski; the broad rule keeps the rest and is named on the story's "matched" line.
 */
final class StoryPlan {

    /**
     * One story of the digest.
     *
     * @param story  the grouped items, lead (earliest report) first
     * @param ruleId the rule whose section shows it
     * @param byRule the story's matches by rule id (ascending), the lead item's matches first within a rule
     */
    record Placed(Story story, long ruleId, Map<Long, List<Match>> byRule) {

        Item leadItem() {
            long leadId = story.lead().itemId();
            return byRule.values().stream().flatMap(List::stream).filter(m -> m.item().id() == leadId)
                    .findFirst().orElseThrow().item();
        }
    }

    private StoryPlan() {
    }

    /** The stories of these matches, newest first (by their lead's publication time). */
    static List<Placed> of(List<Match> matches, StoryGrouper grouper) {
        Map<Long, List<Match>> byItem = new LinkedHashMap<>();
        for (Match match : matches) {
            byItem.computeIfAbsent(match.item().id(), id -> new ArrayList<>()).add(match);
        }
        List<StoryItem> items = byItem.values().stream().map(same -> storyItem(same.get(0).item())).toList();
        List<Story> stories = grouper.group(items);

        List<Map<Long, List<Match>>> rulesOfStory = new ArrayList<>();
        Map<Long, Integer> storiesPerRule = new HashMap<>();
        for (Story story : stories) {
            Map<Long, List<Match>> byRule = new TreeMap<>();
            for (StoryItem item : story.all()) {
                for (Match match : byItem.getOrDefault(item.itemId(), List.of())) {
                    byRule.computeIfAbsent(match.ruleId(), r -> new ArrayList<>()).add(match);
                }
            }
            byRule.keySet().forEach(rule -> storiesPerRule.merge(rule, 1, Integer::sum));
            rulesOfStory.add(byRule);
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Map<Long, List<Match>> byRule = rulesOfStory.get(i);
            long rule = byRule.keySet().stream()
                    .min(Comparator.comparingInt((Long r) -> storiesPerRule.get(r)).thenComparing(r -> r))
                    .orElseThrow();
            placed.add(new Placed(stories.get(i), rule, byRule));
        }
        placed.sort(Comparator.comparing((Placed p) -> p.story().lead().publishedAt())
                .thenComparingLong(p -> p.story().lead().itemId()).reversed());
        return placed;
    }

    /** Rule ids in the order a reader meets them: section rules as their sections come, then the others. */
    static List<Long> ruleOrder(List<Placed> stories) {
        List<Long> order = new ArrayList<>();
        stories.stream().map(Placed::ruleId).filter(r -> !order.contains(r)).forEach(order::add);
        stories.stream().flatMap(p -> p.byRule().keySet().stream()).filter(r -> !order.contains(r))
                .forEach(order::add);
        return order;
    }

    private static StoryItem storyItem(Item item) {
        return new StoryItem(item.id(), item.title(), item.summaryText(), item.link().orElse(""),
                item.feed().title().orElse(item.feed().url()), item.publishedAt());
    }
}
