package org.feedwatch.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeywordQueryParserTest {

    private static String parsed(String text) throws RuleSyntaxException {
        return KeywordQueryParser.parse(text).toString();
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                Arguments.of("Sanctions", "title:sanction summary:sanction"),
                Arguments.of("ЛУКАШЕНКО", "title:лукашенко summary:лукашенко"),
                Arguments.of("Białacki's", "title:bialacki summary:bialacki"),
                Arguments.of("Nobel-winning", "title:\"nobel win\" summary:\"nobel win\""),
                Arguments.of("\"Nobel Peace Prize\"",
                        "title_exact:\"nobel peace prize\" summary_exact:\"nobel peace prize\""),
                Arguments.of("\"Released\"", "title_exact:released summary_exact:released"),
                Arguments.of("Biał*", "title_exact:bial* summary_exact:bial*"),
                Arguments.of("a b", "+(title:a summary:a) +(title:b summary:b)"),
                Arguments.of("a AND b", "+(title:a summary:a) +(title:b summary:b)"),
                Arguments.of("a OR b", "(title:a summary:a) (title:b summary:b)"),
                Arguments.of("a OR b c", "(title:a summary:a) (+(title:b summary:b) +(title:c summary:c))"),
                Arguments.of("(a OR b) c", "+((title:a summary:a) (title:b summary:b)) +(title:c summary:c)"),
                Arguments.of("a -b", "+(title:a summary:a) -(title:b summary:b)"),
                Arguments.of("a NOT b", "+(title:a summary:a) -(title:b summary:b)"),
                Arguments.of("NOT b a", "+(title:a summary:a) -(title:b summary:b)"),
                Arguments.of("a -\"b c\"", "+(title:a summary:a) -(title_exact:\"b c\" summary_exact:\"b c\")"),
                Arguments.of("a -(b OR c)", "+(title:a summary:a) -((title:b summary:b) (title:c summary:c))"),
                Arguments.of("title:Minsk", "title:minsk"),
                Arguments.of("summary:Minsk", "summary:minsk"),
                Arguments.of("TITLE:Minsk", "title:minsk"),
                Arguments.of("title:\"Minsk court\"", "title_exact:\"minsk court\""),
                Arguments.of("summary:Mins*", "summary_exact:mins*"),
                Arguments.of("title:OR", "title:or"),
                Arguments.of("a -title:b", "+(title:a summary:a) -title:b"),
                Arguments.of("a AROUND(2) b",
                        "title:(title:\"a\" AROUND(2) title:\"b\") summary:(summary:\"a\" AROUND(2) summary:\"b\")"),
                Arguments.of("\"a b\" AROUND(0) cc*",
                        "title:(title_exact:\"a b\" AROUND(0) title_exact:cc*) "
                                + "summary:(summary_exact:\"a b\" AROUND(0) summary_exact:cc*)"),
                Arguments.of("title:a AROUND(3) b", "title:(title:\"a\" AROUND(3) title:\"b\")"),
                Arguments.of("a AROUND(3) summary:b", "summary:(summary:\"a\" AROUND(3) summary:\"b\")"),
                Arguments.of("(a OR \"b c\") AROUND(4) (dd* OR e)",
                        "title:((title:\"a\" OR title_exact:\"b c\") AROUND(4) (title_exact:dd* OR title:\"e\")) "
                                + "summary:((summary:\"a\" OR summary_exact:\"b c\") AROUND(4) "
                                + "(summary_exact:dd* OR summary:\"e\"))"),
                Arguments.of("(a) AROUND(1) title:b", "title:(title:\"a\" AROUND(1) title:\"b\")"),
                Arguments.of("x -a AROUND(1) b", "+(title:x summary:x) "
                        + "-(title:(title:\"a\" AROUND(1) title:\"b\") summary:(summary:\"a\" AROUND(1) summary:\"b\"))"),
                Arguments.of("cats or dogs", "+(title:cat summary:cat) +(title:or summary:or) +(title:dog summary:dog)"),
                Arguments.of("not and around",
                        "+(title:not summary:not) +(title:and summary:and) +(title:around summary:around)"),
                Arguments.of("  ((a))  ", "title:a summary:a"),
                // typographic quotes and dashes mean what the plain ones mean
                Arguments.of("\u201CPeace Prize\u201D", "title_exact:\"peace prize\" summary_exact:\"peace prize\""),
                Arguments.of("\u201EPeace Prize\u201C", "title_exact:\"peace prize\" summary_exact:\"peace prize\""),
                Arguments.of("title:\u00ABPeace Prize\u00BB", "title_exact:\"peace prize\""),
                Arguments.of("a \u2013b", "+(title:a summary:a) -(title:b summary:b)"),
                Arguments.of("a \u2014\"b c\"", "+(title:a summary:a) -(title_exact:\"b c\" summary_exact:\"b c\")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operators")
    void parsesOperators(String text, String expected) throws RuleSyntaxException {
        assertEquals(expected, parsed(text));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // empty
                Arguments.of("", 0, "empty query"),
                Arguments.of("   ", 0, "empty query"),
                // quotes and phrases
                Arguments.of("\"unclosed phrase", 0, "unbalanced quote"),
                Arguments.of("a \"b c", 2, "unbalanced quote"),
                Arguments.of("a \"\"", 2, "empty phrase"),
                Arguments.of("\"  \" a", 0, "empty phrase"),
                Arguments.of("a \"!!!\"", 2, "empty phrase"),
                Arguments.of("a \u201Cb c", 2, "unbalanced quote"),
                Arguments.of("a \u2013 b", 2, "'-' must be directly followed"),
                // parentheses
                Arguments.of("(a b", 0, "unbalanced parenthesis: this '(' is never closed"),
                Arguments.of("a (b OR (c)", 2, "unbalanced parenthesis: this '(' is never closed"),
                Arguments.of("a (", 2, "unbalanced parenthesis: this '(' is never closed"),
                Arguments.of("a b)", 3, "unbalanced parenthesis: this ')' has no '('"),
                Arguments.of(")", 0, "unbalanced parenthesis: this ')' has no '('"),
                Arguments.of("(a) (b))", 7, "unbalanced parenthesis: this ')' has no '('"),
                Arguments.of("a ()", 2, "empty parentheses"),
                Arguments.of("(".repeat(21) + "a" + ")".repeat(21), 20, "too many nested"),
                // OR, AND
                Arguments.of("OR a", 0, "OR needs"),
                Arguments.of("a OR", 2, "OR needs"),
                Arguments.of("a OR OR b", 2, "OR needs"),
                Arguments.of("(a OR) b", 3, "OR needs"),
                Arguments.of("a (OR b)", 3, "OR needs"),
                Arguments.of("AND a", 0, "AND needs"),
                Arguments.of("a AND", 2, "AND needs"),
                Arguments.of("a AND OR b", 2, "AND needs"),
                // NOT and -
                Arguments.of("NOT", 0, "NOT must be followed"),
                Arguments.of("a NOT", 2, "NOT must be followed"),
                Arguments.of("a NOT OR b", 2, "NOT must be followed"),
                Arguments.of("a NOT -b", 2, "NOT must be followed"),
                Arguments.of("-", 0, "'-' must be directly followed"),
                Arguments.of("a -", 2, "'-' must be directly followed"),
                Arguments.of("a - b", 2, "'-' must be directly followed"),
                Arguments.of("a --b", 2, "'-' must be directly followed"),
                Arguments.of("(a -)", 3, "'-' must be directly followed"),
                Arguments.of("a -OR", 2, "'-' must be followed"),
                // purely negative
                Arguments.of("-foo", 0, "cannot only exclude"),
                Arguments.of("NOT foo", 0, "cannot only exclude"),
                Arguments.of("-a -\"b c\"", 0, "cannot only exclude"),
                Arguments.of("a OR -b", 5, "cannot only exclude"),
                Arguments.of("a (-b)", 3, "cannot only exclude"),
                // AROUND
                Arguments.of("a AROUND b", 2, "AROUND needs a number"),
                Arguments.of("a AROUND (2) b", 2, "AROUND needs a number"),
                Arguments.of("a AROUND(x) b", 2, "AROUND needs a number"),
                Arguments.of("a AROUND(2 b", 2, "AROUND needs a number"),
                Arguments.of("a AROUND", 2, "AROUND needs a number"),
                Arguments.of("a AROUND(101) b", 2, "at most 100"),
                Arguments.of("a AROUND(2)", 2, "AROUND needs a word or phrase on both sides"),
                Arguments.of("AROUND(2) b", 0, "AROUND needs a word or phrase on both sides"),
                Arguments.of("a AROUND(2) -b", 2, "AROUND needs a word or phrase on both sides"),
                Arguments.of("a AROUND(2) ()", 12, "AROUND joins words, phrases or (a OR b) lists"),
                Arguments.of("(a b) AROUND(2) c", 0, "not other groups"),
                Arguments.of("(a OR -b) AROUND(2) c", 6, "cannot only exclude"),
                Arguments.of("a AROUND(2) (b OR (c OR d))", 12, "not other groups"),
                Arguments.of("a AROUND(2) (b OR c", 12, "this '(' is never closed"),
                Arguments.of("(a OR summary:b) AROUND(2) title:c", 17, "same field"),
                Arguments.of("a AROUND(1) b AROUND(1) c", 14, "exactly two"),
                Arguments.of("title:a AROUND(2) summary:b", 8, "same field"),
                Arguments.of("a AROUND(2) !!!", 12, "no letters or digits"),
                // fields
                Arguments.of("author:smith", 0, "unknown field 'author' (use title: or summary:)"),
                Arguments.of("a url:x", 2, "unknown field 'url' (use title: or summary:)"),
                Arguments.of("http://example.com", 0, "unknown field 'http'"),
                Arguments.of("title: foo", 0, "title: must be directly followed"),
                Arguments.of("a summary:", 2, "summary: must be directly followed"),
                Arguments.of("title:(a OR b)", 0, "title: must be directly followed"),
                Arguments.of("title:-foo", 6, "put '-' before the field"),
                Arguments.of("title:!!!", 6, "no letters or digits"),
                Arguments.of("title:\"\"", 6, "empty phrase"),
                // words that analyse to nothing
                Arguments.of("!!!", 0, "'!!!' contains no letters or digits"),
                Arguments.of("a ...", 2, "contains no letters or digits"),
                // prefixes
                Arguments.of("a*", 0, "at least 2 characters"),
                Arguments.of("x *", 2, "at least 2 characters"),
                Arguments.of("ab*c", 2, "only allowed at the end"),
                Arguments.of("ab**", 2, "only allowed at the end"),
                Arguments.of("!!*", 0, "contains no letters or digits"),
                Arguments.of("nobel-win*", 0, "a prefix must be one word"),
                // length
                Arguments.of("a ".repeat(1001), 2000, "too long"));
    }

    @ParameterizedTest(name = "[{index}] \u00ab{0}\u00bb at {1}")
    @MethodSource("errors")
    void reportsErrorsWithPosition(String text, int position, String message) {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> KeywordQueryParser.parse(text));
        assertTrue(e.getMessage().contains(message), () -> "message: " + e.getMessage());
        assertEquals(position, e.position(), () -> "message: " + e.getMessage());
    }

    @Test
    void lowerCaseOperatorsAreWords() throws RuleSyntaxException {
        assertEquals(parsed("cats \"or\" dogs"), parsed("cats or dogs").replace("title:or summary:or",
                "title_exact:or summary_exact:or"));
        assertTrue(parsed("a not b").contains("title:not"));
        assertTrue(parsed("a around b").contains("title:around"));
    }

    @Test
    void acceptsRulesUpToTheLengthLimit() throws RuleSyntaxException {
        String longest = "ab ".repeat(KeywordQueryParser.MAX_LENGTH / 3) + "a".repeat(KeywordQueryParser.MAX_LENGTH % 3);
        assertEquals(KeywordQueryParser.MAX_LENGTH, longest.length());
        KeywordQueryParser.parse(longest);
    }
}
