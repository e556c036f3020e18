package org.feedwatch.story;

/**
 * Lower-cases the first letter of every sentence, so that the capital a word gets only for standing first
 * ("The", "In", "По", a shouted dateline such as "VILNIUS") is not taken for a name by {@link FactFilter}.
 * A name that opens a sentence is lost there, but a story names its actors more than once.
 */
final class SentenceStarts {

    private SentenceStarts() {
    }

    static String lowered(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean atStart = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (atStart && Character.isLetter(c)) {
                    out.setCharAt(i, Character.toLowerCase(c));
                }
                atStart = false;
            } else if (c == '.' || c == '!' || c == '?' || c == '\n') {
                atStart = true;
            }
        }
        return out.toString();
    }
}
