/**
 * Near-duplicate story grouping for digests: {@link org.feedwatch.story.StoryGrouper} puts the reports of one
 * story — a wire story, its verbatim or trimmed republications under other headlines, rewrites by other
 * sites — into one {@link org.feedwatch.story.Story} led by the earliest report, so that a digest shows one
 * entry "also reported by …". Items with the same normalised link are one story; otherwise items are compared
 * by the MinHash estimate of their wording (word 3-shingles through Lucene's ShingleFilter and MinHashFilter,
 * on the project's item analysis) and by their facts (names as cross-script name keys, numbers), with the
 * headline's facts deciding between a rewrite and another story of the same cast; locality-sensitive hashing
 * over the signatures finds the pairs worth comparing and union-find joins them, within a time window.
 *
 * <p>Depends only on the JDK, Lucene analysis and the project's analysis ({@code org.feedwatch.rule}'s
 * ItemAnalyzers, {@code org.feedwatch.rule.name}'s NameKeys); it must not depend on JPA, feeds, digests or
 * mail: the digest composer calls it with plain items and keeps one instance for all digests.
 */
package org.feedwatch.story;
