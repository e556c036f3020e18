package org.feedwatch.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.feedwatch.bench.PersonNames.PersonName;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.match.RuleIndex;
import org.feedwatch.rule.watchlist.WatchlistRuleType;

/**
 * The "plus one 1,200-name watchlist" of every benchmark run: one rule that watches every person of
 * {@link NewsCorpus#watchlist()}, defined from CSV and compiled by the production {@link WatchlistRuleType}
 * (one person query per listed name, all under one rule id), exactly as a saved watchlist is.
 */
final class WatchlistRule {

    /** Far above the keyword rules' ids (1..n), so it never replaces one. */
    static final long RULE_ID = 1_000_000_000L;

    private WatchlistRule() {
    }

    /** Adds one watchlist rule for {@code people} to {@code index} under {@link #RULE_ID}. */
    static void register(RuleIndex index, List<PersonName> people) {
        WatchlistRuleType type = new WatchlistRuleType();
        try {
            JsonObject stored = type.define(Json.createObjectBuilder().add("type", "watchlist")
                    .add("csv", PersonNames.csv(people)).build());
            if (stored.getInt("skippedCount") > 0) {
                throw new IllegalStateException("generated names were refused: " + stored.get("skipped"));
            }
            index.putRules(Map.of(RULE_ID, type.compileQueries(stored)));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the generated watchlist is not valid: " + e.getMessage(), e);
        }
    }
}
