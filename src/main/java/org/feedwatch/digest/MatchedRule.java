package org.feedwatch.digest;

import java.util.List;

/**
 * A watch rule that matched a story, and why: the words of the story that matched and, for rules that look for
 * something the words do not say themselves (a person in any spelling), what they stand for.
 *
 * @param ruleName the rule's name as the subscriber wrote it (untrusted text)
 * @param terms    the story's words that matched
 * @param meanings what those words stand for ("Ales Bialiatski" for "Алеся Бяляцкага"); empty for keywords
 */
public record MatchedRule(String ruleName, List<String> terms, List<String> meanings) {

    public MatchedRule {
        terms = List.copyOf(terms);
        meanings = List.copyOf(meanings);
    }

    /** {@code Алеся Бяляцкага → Ales Bialiatski}, or just the words for keyword rules. */
    public String why() {
        String words = String.join(", ", terms);
        if (meanings.isEmpty() || meanings.equals(terms)) {
            return words;
        }
        return words.isEmpty() ? String.join(", ", meanings) : words + " → " + String.join(", ", meanings);
    }
}
