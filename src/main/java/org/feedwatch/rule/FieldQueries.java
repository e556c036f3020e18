package org.feedwatch.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.feedwatch.rule.QueryToken.Kind;

/**
 * Turns one searchable term of a rule (word, phrase or prefix, optionally restricted to a field) into
 * Lucene queries over the item fields: words on the stemmed fields, phrases and prefixes on the exact
 * ones, and without a restriction in title OR summary (each separately, so a phrase never runs from
 * title into summary).
 */
final class FieldQueries {

    /** A word, phrase or prefix token and the text field it is restricted to, if any. */
    record RuleTerm(QueryToken token, Optional<String> field) {
        List<String> textFields() {
            return field.map(List::of).orElse(ItemFields.TEXT_FIELDS);
        }
    }

    private FieldQueries() {
    }

    static Query of(RuleTerm term) throws RuleSyntaxException {
        List<Query> perField = new ArrayList<>();
        for (String textField : term.textFields()) {
            AroundQuery.Operand operand = operand(term, textField);
            perField.add(toQuery(operand));
        }
        return either(perField);
    }

    /** Each side is one term or several alternatives; all terms that name a field must name the same one. */
    static Query around(List<RuleTerm> a, List<RuleTerm> b, int maxGap, int position) throws RuleSyntaxException {
        List<String> named = new ArrayList<>();
        for (RuleTerm term : a) {
            term.field().ifPresent(named::add);
        }
        for (RuleTerm term : b) {
            term.field().ifPresent(named::add);
        }
        if (named.stream().distinct().count() > 1) {
            throw new RuleSyntaxException("AROUND needs both sides in the same field", position);
        }
        List<String> textFields = named.isEmpty() ? ItemFields.TEXT_FIELDS : List.of(named.get(0));
        List<Query> perField = new ArrayList<>();
        for (String textField : textFields) {
            perField.add(new AroundQuery(textField, operands(a, textField), operands(b, textField), maxGap));
        }
        return either(perField);
    }

    private static List<AroundQuery.Operand> operands(List<RuleTerm> terms, String textField)
            throws RuleSyntaxException {
        List<AroundQuery.Operand> operands = new ArrayList<>(terms.size());
        for (RuleTerm term : terms) {
            operands.add(operand(term, textField));
        }
        return operands;
    }

    private static Query toQuery(AroundQuery.Operand operand) {
        String field = operand.field();
        if (operand.prefix()) {
            return new PrefixQuery(new Term(field, operand.terms().get(0)));
        }
        if (operand.terms().size() == 1) {
            return new TermQuery(new Term(field, operand.terms().get(0)));
        }
        return new PhraseQuery(field, operand.terms().toArray(String[]::new));
    }

    private static AroundQuery.Operand operand(RuleTerm term, String textField) throws RuleSyntaxException {
        QueryToken token = term.token();
        String field = token.kind() == Kind.WORD ? textField : ItemFields.exactFieldOf(textField);
        List<String> terms = ItemAnalyzers.terms(field, token.text());
        if (token.kind() == Kind.PHRASE) {
            if (terms.isEmpty()) {
                throw new RuleSyntaxException("empty phrase: put words between the quotes", token.position());
            }
        } else if (token.kind() == Kind.PREFIX) {
            if (token.text().codePointCount(0, token.text().length()) < 2) {
                throw new RuleSyntaxException("a prefix needs at least 2 characters before '*'", token.position());
            }
            if (terms.isEmpty()) {
                throw nothingSearchable(token);
            }
            if (terms.size() != 1 || terms.get(0).codePointCount(0, terms.get(0).length()) < 2) {
                throw new RuleSyntaxException(
                        "a prefix must be one word of at least 2 letters before '*'", token.position());
            }
        } else if (terms.isEmpty()) {
            throw nothingSearchable(token);
        }
        return new AroundQuery.Operand(field, terms, token.kind() == Kind.PREFIX);
    }

    private static RuleSyntaxException nothingSearchable(QueryToken token) {
        return new RuleSyntaxException(
                "'" + token.text() + "' contains no letters or digits to search for", token.position());
    }

    private static Query either(List<Query> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        queries.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
        return builder.build();
    }
}
