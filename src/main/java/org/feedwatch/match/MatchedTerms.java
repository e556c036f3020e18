package org.feedwatch.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.monitor.HighlightsMatch;
import org.feedwatch.rule.ItemFields;

/**
 * Turns the highlight offsets of a match back into the item's own words: every index field is built
 * from the title or the summary string, so its offsets are offsets into that string.
 */
final class MatchedTerms {

    private record Fragment(int textOrder, int start, int end) {
    }

    private static final Comparator<Fragment> READING_ORDER = Comparator.comparingInt(Fragment::textOrder)
            .thenComparingInt(Fragment::start).thenComparingInt(Fragment::end);

    private MatchedTerms() {
    }

    static List<String> of(HighlightsMatch match, MatchableItem item) {
        List<Fragment> fragments = new ArrayList<>();
        for (Map.Entry<String, Set<HighlightsMatch.Hit>> field : match.getHits().entrySet()) {
            Optional<String> textField = ItemFields.textFieldOf(field.getKey());
            if (textField.isEmpty()) {
                continue;
            }
            int textOrder = ItemFields.TEXT_FIELDS.indexOf(textField.get());
            int length = text(item, textField.get()).length();
            for (HighlightsMatch.Hit hit : field.getValue()) {
                if (0 <= hit.startOffset && hit.startOffset < hit.endOffset && hit.endOffset <= length) {
                    fragments.add(new Fragment(textOrder, hit.startOffset, hit.endOffset));
                }
            }
        }
        fragments.sort(READING_ORDER);
        Set<String> terms = new LinkedHashSet<>();
        for (Fragment fragment : fragments) {
            if (terms.size() == RuleHit.MAX_MATCHED_TERMS) {
                break;
            }
            String textField = ItemFields.TEXT_FIELDS.get(fragment.textOrder());
            terms.add(text(item, textField).substring(fragment.start(), fragment.end()));
        }
        return List.copyOf(terms);
    }

    private static String text(MatchableItem item, String textField) {
        return ItemFields.TITLE.equals(textField) ? item.title() : item.summary();
    }
}
