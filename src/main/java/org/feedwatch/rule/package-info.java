/**
 * Watch rules and their keyword language: how a feed item's title and summary are laid out as a Lucene
 * document ({@link org.feedwatch.rule.ItemFields}), how their text is analysed so that case, accents and
 * English inflections do not matter ({@link org.feedwatch.rule.ItemAnalyzers}), and how a rule's text
 * such as {@code Białacki OR "Viasna centre" -sport} becomes a Lucene query
 * ({@link org.feedwatch.rule.KeywordQueryParser}), with precise errors for text that is not a valid rule.
 * Person rules ({@link org.feedwatch.rule.PersonRuleType}) match a named person in any spelling, script and
 * case form through the names fields and {@link org.feedwatch.rule.PersonQueries}; the name analysis itself
 * lives in {@code org.feedwatch.rule.name}, which this package depends on.
 *
 * <p>The language and analysis classes use only Lucene and the JDK, so they run and are tested without a
 * container. Nothing in this package may depend on {@code org.feedwatch.match}: matching depends on
 * rules, never the other way round.
 */
package org.feedwatch.rule;
