/**
 * Person names across spellings, scripts and case forms: how a word of an item becomes name keys
 * ({@link org.feedwatch.rule.name.NameAnalyzer}: capitalised words → {@link org.feedwatch.rule.name.NameKeys},
 * i.e. Cyrillic transliterated with an ICU rule-based transform, accents folded, sounds reduced to classes that
 * Belarusian, Russian, Polish and English spellings share, case endings cut, plus the gender the ending
 * admits), and which keys a person rule accepts for a name ({@link org.feedwatch.rule.name.PersonName}, with
 * the given-name equivalents of {@code first-names.txt}). The approach and its limits are in
 * {@code docs/person-names.md}.
 *
 * <p>Uses only Lucene analysis, ICU4J and the JDK, so it runs and is tested without a container. It may not
 * depend on {@code org.feedwatch.rule} or anything above it: the rule package builds the item fields and the
 * queries from what this package gives it, never the other way round.
 */
package org.feedwatch.rule.name;
