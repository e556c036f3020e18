package org.feedwatch.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.feedwatch.rule.FieldQueries.RuleTerm;
import org.feedwatch.rule.QueryToken.Kind;

/**
 * Parses the keyword language of watch rules into a Lucene query over {@link ItemFields}.
 *
 * <pre>
 * query   := or END
 * or      := and ("OR" and)*
 * and     := unary (["AND"] unary)*          side by side means AND
 * unary   := ("-" | "NOT") around | around
 * around  := side "AROUND(n)" side | primary
 * side    := term | "(" term ("OR" term)* ")"   a word, phrase or prefix, or alternatives of them
 * term    := [("title" | "summary") ":"] (word | "phrase" | prefix*)
 * primary := [("title" | "summary") ":"] (word | "phrase" | prefix*) | "(" or ")"
 * </pre>
 *
 * Every group must look for something: a group that only excludes is an error, not a query that
 * silently matches nothing.
 */
public final class KeywordQueryParser {

    /** Longer rule texts are refused; they are typed by people. */
    public static final int MAX_LENGTH = 2_000;

    private static final int MAX_NESTING = 20;

    private final List<QueryToken> tokens;
    private int next;
    private int depth;

    private KeywordQueryParser(List<QueryToken> tokens) {
        this.tokens = tokens;
    }

    /** Parses a rule's text; never returns a query that means something else than the text. */
    public static Query parse(String text) throws RuleSyntaxException {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw new RuleSyntaxException("rule is too long: at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        if (text.isBlank()) {
            throw new RuleSyntaxException("empty query: type at least one word", 0);
        }
        KeywordQueryParser parser = new KeywordQueryParser(QueryLexer.tokenize(text));
        Query query = parser.or();
        QueryToken rest = parser.peek();
        if (rest.kind() == Kind.RPAREN) {
            throw new RuleSyntaxException("unbalanced parenthesis: this ')' has no '('", rest.position());
        }
        return query;
    }

    private Query or() throws RuleSyntaxException {
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(and());
        while (peek().kind() == Kind.OR) {
            QueryToken or = take();
            if (!startsUnary(peek())) {
                throw new RuleSyntaxException("OR needs a word, phrase or group on both sides", or.position());
            }
            alternatives.add(and());
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        alternatives.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
        return builder.build();
    }

    private Query and() throws RuleSyntaxException {
        QueryToken first = peek();
        List<Query> required = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        while (!endsGroup(peek())) {
            QueryToken token = peek();
            if (token.kind() == Kind.AND) {
                take();
                if (required.isEmpty() && excluded.isEmpty() || !startsUnary(peek())) {
                    throw new RuleSyntaxException("AND needs a word, phrase or group on both sides", token.position());
                }
            } else if (token.kind() == Kind.MINUS || token.kind() == Kind.NOT) {
                take();
                if (!peek().kind().startsOperand()) {
                    throw new RuleSyntaxException((token.kind() == Kind.NOT ? "NOT" : "'-'")
                            + " must be followed by the word, phrase or group to exclude", token.position());
                }
                excluded.add(around());
            } else {
                required.add(around());
            }
        }
        if (required.isEmpty() && excluded.isEmpty()) {
            if (first.kind() == Kind.OR) {
                throw new RuleSyntaxException("OR needs a word, phrase or group on both sides", first.position());
            }
            throw new RuleSyntaxException("unbalanced parenthesis: this ')' has no '('", first.position());
        }
        if (required.isEmpty()) {
            throw new RuleSyntaxException("nothing to look for: a rule (or group) cannot only exclude;"
                    + " add a word or phrase", first.position());
        }
        if (required.size() == 1 && excluded.isEmpty()) {
            return required.get(0);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        required.forEach(q -> builder.add(q, BooleanClause.Occur.MUST));
        excluded.forEach(q -> builder.add(q, BooleanClause.Occur.MUST_NOT));
        return builder.build();
    }

    private Query around() throws RuleSyntaxException {
        QueryToken start = peek();
        int mark = next;
        Optional<RuleTerm> left = term();
        Query leftGroup = left.isPresent() ? null : group(start);
        if (peek().kind() != Kind.AROUND) {
            return left.isPresent() ? FieldQueries.of(left.get()) : leftGroup;
        }
        QueryToken around = peek();
        List<RuleTerm> leftSide;
        if (left.isPresent()) {
            leftSide = List.of(left.get());
        } else {
            next = mark; // the group was a valid query; read it again as a list of alternatives
            leftSide = alternatives();
        }
        take();
        List<RuleTerm> rightSide = side(around);
        if (peek().kind() == Kind.AROUND) {
            throw new RuleSyntaxException("AROUND joins exactly two sides", peek().position());
        }
        return FieldQueries.around(leftSide, rightSide, around.distance(), around.position());
    }

    private List<RuleTerm> side(QueryToken around) throws RuleSyntaxException {
        Optional<RuleTerm> term = term();
        if (term.isPresent()) {
            return List.of(term.get());
        }
        if (peek().kind() != Kind.LPAREN) {
            throw new RuleSyntaxException("AROUND needs a word or phrase on both sides", around.position());
        }
        return alternatives();
    }

    /** {@code (a OR "b c" OR d*)}: the only kind of group AROUND accepts. */
    private List<RuleTerm> alternatives() throws RuleSyntaxException {
        QueryToken open = take();
        List<RuleTerm> terms = new ArrayList<>();
        while (true) {
            Optional<RuleTerm> term = term();
            if (term.isEmpty()) {
                throw notAlternatives(open);
            }
            terms.add(term.get());
            if (peek().kind() == Kind.END) {
                throw new RuleSyntaxException("unbalanced parenthesis: this '(' is never closed", open.position());
            }
            QueryToken after = take();
            if (after.kind() == Kind.RPAREN) {
                return terms;
            }
            if (after.kind() != Kind.OR) {
                throw notAlternatives(open);
            }
        }
    }

    private static RuleSyntaxException notAlternatives(QueryToken open) {
        return new RuleSyntaxException("AROUND joins words, phrases or (a OR b) lists of them, not other groups",
                open.position());
    }

    /** A word, phrase or prefix, with its field if one is given; empty (nothing consumed) otherwise. */
    private Optional<RuleTerm> term() {
        QueryToken token = peek();
        if (token.kind() == Kind.FIELD) {
            take();
            return Optional.of(new RuleTerm(take(), Optional.of(token.text())));
        }
        if (token.kind().isTerm()) {
            return Optional.of(new RuleTerm(take(), Optional.empty()));
        }
        return Optional.empty();
    }

    private Query group(QueryToken start) throws RuleSyntaxException {
        if (start.kind() == Kind.AROUND) {
            throw new RuleSyntaxException("AROUND needs a word or phrase on both sides", start.position());
        }
        if (start.kind() != Kind.LPAREN) {
            throw new RuleSyntaxException("unexpected '" + start.text() + "'", start.position());
        }
        take();
        if (++depth > MAX_NESTING) {
            throw new RuleSyntaxException("too many nested parentheses", start.position());
        }
        if (peek().kind() == Kind.RPAREN) {
            throw new RuleSyntaxException("empty parentheses", start.position());
        }
        if (peek().kind() == Kind.END) {
            throw new RuleSyntaxException("unbalanced parenthesis: this '(' is never closed", start.position());
        }
        Query inner = or();
        if (peek().kind() != Kind.RPAREN) {
            throw new RuleSyntaxException("unbalanced parenthesis: this '(' is never closed", start.position());
        }
        take();
        depth--;
        return inner;
    }

    private static boolean startsUnary(QueryToken token) {
        return token.kind().startsOperand() || token.kind() == Kind.MINUS || token.kind() == Kind.NOT;
    }

    private static boolean endsGroup(QueryToken token) {
        return token.kind() == Kind.OR || token.kind() == Kind.RPAREN || token.kind() == Kind.END;
    }

    private QueryToken peek() {
        return tokens.get(next);
    }

    private QueryToken take() {
        return tokens.get(next++);
    }
}
