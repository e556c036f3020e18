package org.feedwatch.rule;

import java.util.Objects;
import org.apache.lucene.search.Query;

/**
 * One query of a compiled rule, with what it stands for. Most rules compile to one query; a watchlist
 * compiles to one per listed person, so a match can say which person it found.
 *
 * @param meaning what a hit on this query means to a reader, e.g. {@code "Ales Bialiatski"} for a person, or
 *                {@code ""} when the matched words speak for themselves (keyword rules)
 */
public record RuleQuery(String meaning, Query query) {

    public RuleQuery {
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(query, "query");
    }

    public static RuleQuery plain(Query query) {
        return new RuleQuery("", query);
    }
}
