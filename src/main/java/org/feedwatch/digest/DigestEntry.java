package org.feedwatch.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One story as a digest shows it: its first report (title, link, feed, time, snippet), the rule whose section
 * holds it and why that rule matched, the subscriber's other rules that matched it too, and the other feeds that
 * reported it. Every text field comes from an untrusted feed or user and is plain text; the templates escape it.
 *
 * @param title          the story's title
 * @param link           absolute http(s) URL of the item, or empty when the feed gave none
 * @param feedTitle      the title of the feed the item came from
 * @param publishedAt    publication time, formatted in the subscriber's zone
 * @param snippet        a short plain-text excerpt
 * @param matchedTerms   the words that matched the section's rule, for highlighting and the "matched" line
 * @param meanings       what those words stand for when they do not say it themselves (the person a name rule
 *                       found: "Алеся Бяляцкага" → "Ales Bialiatski"); empty for keyword rules
 * @param otherRules     the subscriber's other rules that matched this story (named on the "matched" line)
 * @param alsoReportedBy other reports of the same story, earliest first
 */
public record DigestEntry(
        String title,
        String link,
        String feedTitle,
        String publishedAt,
        String snippet,
        List<String> matchedTerms,
        List<String> meanings,
        List<MatchedRule> otherRules,
        List<AlsoReported> alsoReportedBy) {

    public DigestEntry {
        matchedTerms = List.copyOf(matchedTerms);
        meanings = List.copyOf(meanings);
        otherRules = List.copyOf(otherRules);
        alsoReportedBy = List.copyOf(alsoReportedBy);
    }

    /** The "matched" line: {@code Алеся Бяляцкага → Ales Bialiatski}, or just the words for keyword rules. */
    public String why() {
        return new MatchedRule("", matchedTerms, meanings).why();
    }

    /** Every word to mark in the snippet: the section rule's and the other rules'. */
    public List<String> highlightTerms() {
        List<String> all = new ArrayList<>(matchedTerms);
        otherRules.forEach(rule -> all.addAll(rule.terms()));
        return all;
    }

    /**
     * Whether the title may be rendered as a link. The composer promises an http(s) URL or nothing; checking
     * the scheme again here keeps a {@code javascript:} link out of an email even if that promise is broken.
     */
    public boolean hasLink() {
        String lower = link == null ? "" : link.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
