package org.feedwatch.match;

import java.util.List;
import java.util.Objects;

/**
 * A rule matched an item. {@code matchedTerms} are the pieces of the item's own text (with its case and
 * accents) that made it match, in reading order (title first), distinct, at most
 * {@link #MAX_MATCHED_TERMS}.
 */
public record RuleHit(long ruleId, List<String> matchedTerms) {

    public static final int MAX_MATCHED_TERMS = 10;

    public RuleHit {
        matchedTerms = List.copyOf(Objects.requireNonNull(matchedTerms, "matchedTerms"));
    }
}
