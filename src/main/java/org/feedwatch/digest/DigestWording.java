package org.feedwatch.digest;

import java.util.List;

/**
 * The words around a digest's stories: the subject (what is inside, so the reader can decide from the inbox),
 * the heading, the one-line summary and the preheader. Varies with the kind of mail.
 */
final class DigestWording {

    private static final int RULES_IN_SUBJECT = 2;
    private static final int RULE_NAME_IN_SUBJECT = 40;
    private static final int TITLE_IN_SUBJECT = 90;
    private static final int PREHEADER_LENGTH = 150;

    private DigestWording() {
    }

    /**
     * {@code 3 new stories: Ales Bialiatski, Sanctions and 1 more rule}; a weekly digest says "This week, …"; an
     * alert leads with its top story: {@code Alert · Ales Bialiatski: Bialiatski freed (+2 more stories)}.
     *
     * @param storyCount every story of the digest, also those beyond the cap
     * @param ruleNames  the rules that matched, in the order the reader meets them
     * @param topTitle   the title of the first story (used by alerts)
     */
    static String subject(DigestKind kind, int storyCount, List<String> ruleNames, String topTitle) {
        if (storyCount == 0) {
            return kind == DigestKind.WEEKLY ? "This week, no new stories" : "No new stories";
        }
        if (kind == DigestKind.ALERT) {
            String rule = ruleNames.isEmpty() ? "" : DisplayText.cut(ruleNames.get(0), RULE_NAME_IN_SUBJECT) + ": ";
            String more = storyCount == 1 ? "" : " (+" + stories(storyCount - 1, "more ") + ")";
            return "Alert · " + rule + DisplayText.cut(topTitle, TITLE_IN_SUBJECT) + more;
        }
        String count = stories(storyCount, "new ") + ": " + rules(ruleNames);
        return kind == DigestKind.WEEKLY ? "This week, " + count : count;
    }

    /** "Ales Bialiatski", "Ales Bialiatski, Sanctions", "Ales Bialiatski, Sanctions and 2 more rules". */
    static String rules(List<String> ruleNames) {
        List<String> named = ruleNames.stream().limit(RULES_IN_SUBJECT)
                .map(name -> DisplayText.cut(name, RULE_NAME_IN_SUBJECT)).toList();
        int rest = ruleNames.size() - named.size();
        return String.join(", ", named) + (rest == 0 ? "" : " and " + rest + " more " + (rest == 1 ? "rule" : "rules"));
    }

    static String heading(DigestKind kind) {
        return switch (kind) {
            case ALERT -> "Alert";
            case DAILY -> "Today's digest";
            case WEEKLY -> "This week";
            case NOW -> "Your latest matches";
        };
    }

    /** "3 new stories for 2 of your watch rules" under the heading. */
    static String summary(int storyCount, int ruleCount) {
        if (storyCount == 0) {
            return "Nothing new for your watch rules.";
        }
        return stories(storyCount, "new ") + " for " + (ruleCount == 1 ? "one of your watch rules"
                : ruleCount + " of your watch rules");
    }

    /**
     * The inbox preview: the first titles, which the subject does not name (an alert's subject names the first,
     * so its preview starts with the second).
     */
    static String preheader(DigestKind kind, List<String> titles) {
        List<String> shown = kind == DigestKind.ALERT && titles.size() > 1 ? titles.subList(1, titles.size()) : titles;
        StringBuilder text = new StringBuilder();
        for (String title : shown) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            text.append(DisplayText.oneLine(title));
            if (text.length() >= PREHEADER_LENGTH) {
                break;
            }
        }
        return DisplayText.cut(text.toString(), PREHEADER_LENGTH);
    }

    static String stories(int count, String adjective) {
        return count + " " + adjective + (count == 1 ? "story" : "stories");
    }
}
