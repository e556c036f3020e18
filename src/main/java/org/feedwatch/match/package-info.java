/**
 * Matching feed items against watch rules: the rules are registered as Lucene queries in one in-memory
 * Lucene {@link org.apache.lucene.monitor.Monitor} ({@link org.feedwatch.match.RuleIndex}), each item is
 * checked only against the rules its words select (a presearcher, {@link org.feedwatch.match.CandidatePresearcher}),
 * and each hit says which words of the item made it match ({@link org.feedwatch.match.RuleHit}).
 *
 * <p>{@link org.feedwatch.match.RuleIndex} and its records use only Lucene and
 * {@code org.feedwatch.rule} (document layout and analysis), so they are tested without a container.
 * This package may depend on {@code org.feedwatch.rule}, never the other way round.
 */
package org.feedwatch.match;
