package org.feedwatch.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.feedwatch.rule.QueryToken.Kind;

/**
 * Splits a rule's text into tokens. A word runs until white space, a parenthesis or a quote; operators
 * are recognised only in upper case ({@code OR}, {@code AND}, {@code NOT}, {@code AROUND(n)}), so
 * lower-case "or" and "not" stay words. Errors that are visible in a single token are reported here.
 */
final class QueryLexer {

    private static final int MAX_AROUND_DISTANCE = 100;

    /**
     * Quote marks, all interchangeable: phones and word processors turn '"' into typographic quotes,
     * and a phrase must not silently become separate words because of that.
     */
    private static final String QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB";
    /** Minus signs that exclude at the start of a word (keyboards turn "-" into dashes, too). */
    private static final String MINUSES = "-\u2013\u2014\u2212";

    private final String text;
    private final List<QueryToken> tokens = new ArrayList<>();
    private int i;

    private QueryLexer(String text) {
        this.text = text;
    }

    static List<QueryToken> tokenize(String text) throws RuleSyntaxException {
        QueryLexer lexer = new QueryLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws RuleSyntaxException {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isQuote(c)) {
                phrase();
            } else if (c == '(' || c == ')') {
                tokens.add(QueryToken.of(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), i++));
            } else if (MINUSES.indexOf(c) >= 0) {
                if (!startsOperandAt(i + 1)) {
                    throw new RuleSyntaxException(
                            "'-' must be directly followed by the word, phrase or group to exclude", i);
                }
                tokens.add(QueryToken.of(Kind.MINUS, String.valueOf(c), i++));
            } else {
                word();
            }
        }
        tokens.add(QueryToken.of(Kind.END, "", text.length()));
    }

    private boolean startsOperandAt(int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return !Character.isWhitespace(c) && c != ')' && MINUSES.indexOf(c) < 0;
    }

    private static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }

    private void phrase() throws RuleSyntaxException {
        int start = i;
        int close = start + 1;
        while (close < text.length() && !isQuote(text.charAt(close))) {
            close++;
        }
        if (close == text.length()) {
            throw new RuleSyntaxException("unbalanced quote: this '\"' is never closed", start);
        }
        tokens.add(QueryToken.of(Kind.PHRASE, text.substring(start + 1, close), start));
        i = close + 1;
    }

    private void word() throws RuleSyntaxException {
        int start = i;
        while (i < text.length() && !endsWord(text.charAt(i))) {
            i++;
        }
        String word = text.substring(start, i);
        switch (word) {
            case "OR" -> tokens.add(QueryToken.of(Kind.OR, word, start));
            case "AND" -> tokens.add(QueryToken.of(Kind.AND, word, start));
            case "NOT" -> tokens.add(QueryToken.of(Kind.NOT, word, start));
            case "AROUND" -> around(start);
            default -> {
                int colon = word.indexOf(':');
                if (colon > 0 && isLetters(word.substring(0, colon))) {
                    field(word.substring(0, colon), start, word.substring(colon + 1), start + colon + 1);
                } else {
                    term(word, start);
                }
            }
        }
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || isQuote(c);
    }

    private void around(int start) throws RuleSyntaxException {
        int j = i;
        if (j < text.length() && text.charAt(j) == '(') {
            j++;
            int digitsStart = j;
            while (j < text.length() && j - digitsStart < 9 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j > digitsStart && j < text.length() && text.charAt(j) == ')') {
                int distance = Integer.parseInt(text.substring(digitsStart, j));
                if (distance > MAX_AROUND_DISTANCE) {
                    throw new RuleSyntaxException(
                            "AROUND distance must be at most " + MAX_AROUND_DISTANCE + " words", start);
                }
                tokens.add(new QueryToken(Kind.AROUND, "AROUND", start, distance));
                i = j + 1;
                return;
            }
        }
        throw new RuleSyntaxException("AROUND needs a number of words in parentheses, like AROUND(3)", start);
    }

    private void field(String name, int start, String value, int valueStart) throws RuleSyntaxException {
        String field = name.toLowerCase(Locale.ROOT);
        if (!ItemFields.TEXT_FIELDS.contains(field)) {
            throw new RuleSyntaxException("unknown field '" + name + "' (use title: or summary:)", start);
        }
        tokens.add(QueryToken.of(Kind.FIELD, field, start));
        if (!value.isEmpty()) {
            if (MINUSES.indexOf(value.charAt(0)) >= 0) {
                throw new RuleSyntaxException("to exclude, put '-' before the field: -" + field + ":…", valueStart);
            }
            term(value, valueStart);
        } else if (i >= text.length() || !isQuote(text.charAt(i))) {
            throw new RuleSyntaxException(
                    field + ": must be directly followed by a word, phrase or prefix", start);
        }
    }

    private void term(String word, int start) throws RuleSyntaxException {
        int star = word.indexOf('*');
        if (star < 0) {
            tokens.add(QueryToken.of(Kind.WORD, word, start));
        } else if (star == word.length() - 1) {
            tokens.add(QueryToken.of(Kind.PREFIX, word.substring(0, star), start));
        } else {
            throw new RuleSyntaxException("'*' is only allowed at the end of a word", start + star);
        }
    }

    private static boolean isLetters(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isLetter(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
