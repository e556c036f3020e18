package org.feedwatch.match;

import java.util.List;
import java.util.Objects;

/**
 * A rule matched an item, and why.
 *
 * @param matchedTerms the pieces of the item's own text (with its case and accents) that made it match, in
 *                     reading order (title first), distinct, at most {@link #MAX_MATCHED_TERMS}
 * @param meanings     what the hit stands for when the words alone do not say it: the person (or persons, for a
 *                     watchlist) that a name rule found, e.g. {@code "Ales Bialiatski"}; empty for keyword rules
 * @param snippet      a short one-line excerpt of the summary around the first matched words
 */
public record RuleHit(long ruleId, List<String> matchedTerms, List<String> meanings, String snippet) {

    public static final int MAX_MATCHED_TERMS = 10;

    public RuleHit {
        matchedTerms = List.copyOf(Objects.requireNonNull(matchedTerms, "matchedTerms"));
        meanings = List.copyOf(Objects.requireNonNull(meanings, "meanings"));
        Objects.requireNonNull(snippet, "snippet");
    }
}
