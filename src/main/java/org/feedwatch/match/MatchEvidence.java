package org.feedwatch.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.feedwatch.rule.ItemFields;

/**
 * Why an item matched a rule, in the item's own words: the matched pieces of text and a short snippet of the
 * summary around the first of them. Every index field is built from the title or the summary string, so
 * highlight offsets are offsets into that string.
 */
final class MatchEvidence {

    /** Characters of context kept before the first hit in the summary snippet. */
    static final int SNIPPET_LEAD = 80;
    /** Longest snippet, in characters, before the ellipsis. */
    static final int SNIPPET_LENGTH = 280;

    private record Fragment(int textOrder, int start, int end) {
    }

    /** Reading order; of fragments starting together the longest first, so the words inside it can be dropped. */
    private static final Comparator<Fragment> READING_ORDER = Comparator.comparingInt(Fragment::textOrder)
            .thenComparingInt(Fragment::start).thenComparing(Comparator.comparingInt(Fragment::end).reversed());

    private final List<String> terms;
    private final String snippet;

    private MatchEvidence(List<String> terms, String snippet) {
        this.terms = terms;
        this.snippet = snippet;
    }

    /** The evidence of every query of one rule that matched the item. */
    static MatchEvidence of(List<RuleMatch> matches, MatchableItem item) {
        List<Fragment> fragments = new ArrayList<>();
        for (RuleMatch match : matches) {
            collect(match, item, fragments);
        }
        fragments.sort(READING_ORDER);
        Set<String> terms = new LinkedHashSet<>();
        Fragment enclosing = null;
        for (Fragment fragment : fragments) {
            if (terms.size() == RuleHit.MAX_MATCHED_TERMS) {
                break;
            }
            if (enclosing != null && enclosing.textOrder() == fragment.textOrder()
                    && fragment.end() <= enclosing.end()) {
                continue;   // "Беляцкого" inside "Алеся Беляцкого": the longer words already say it
            }
            enclosing = fragment;
            terms.add(text(item, fragment.textOrder()).substring(fragment.start(), fragment.end()));
        }
        int summaryOrder = ItemFields.TEXT_FIELDS.indexOf(ItemFields.SUMMARY);
        Optional<Fragment> firstInSummary = fragments.stream().filter(f -> f.textOrder() == summaryOrder).findFirst();
        return new MatchEvidence(List.copyOf(terms), snippet(item.summary(), firstInSummary.map(Fragment::start)));
    }

    RuleHit hit(long ruleId, List<String> meanings) {
        return new RuleHit(ruleId, terms, meanings, snippet);
    }

    private static void collect(RuleMatch match, MatchableItem item, List<Fragment> fragments) {
        for (RuleMatch.Hit hit : match.hits()) {
            Optional<String> textField = ItemFields.textFieldOf(hit.field());
            if (textField.isEmpty()) {
                continue;
            }
            int textOrder = ItemFields.TEXT_FIELDS.indexOf(textField.get());
            int length = text(item, textOrder).length();
            if (0 <= hit.startOffset() && hit.startOffset() < hit.endOffset() && hit.endOffset() <= length) {
                fragments.add(new Fragment(textOrder, hit.startOffset(), hit.endOffset()));
            }
        }
    }

    /**
     * A one-line excerpt of the summary: from a word boundary shortly before the first hit (or from the start
     * when the hits are in the title), at most {@link #SNIPPET_LENGTH} characters, cut at a word boundary.
     */
    static String snippet(String summary, Optional<Integer> firstHit) {
        String text = summary;
        int from = 0;
        if (firstHit.isPresent() && firstHit.get() > SNIPPET_LEAD) {
            int space = text.lastIndexOf(' ', firstHit.get() - SNIPPET_LEAD);
            from = space < 0 ? 0 : space + 1;   // never start inside a word
        }
        String window = text.substring(from, Math.min(text.length(), from + SNIPPET_LENGTH + 1));
        boolean cutEnd = from + window.length() < text.length() || window.length() > SNIPPET_LENGTH;
        if (window.length() > SNIPPET_LENGTH) {
            int space = window.lastIndexOf(' ', SNIPPET_LENGTH);
            window = window.substring(0, space > SNIPPET_LENGTH / 2 ? space : SNIPPET_LENGTH);
        }
        String flat = singleSpaced(window).strip();
        return (from > 0 ? "… " : "") + flat + (cutEnd && !flat.isEmpty() ? " …" : "");
    }

    /** Each run of whitespace as one space (a regular expression here cost a sixth of all matching time). */
    private static String singleSpaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
    }

    private static String text(MatchableItem item, int textOrder) {
        return ItemFields.TITLE.equals(ItemFields.TEXT_FIELDS.get(textOrder)) ? item.title() : item.summary();
    }
}
