package org.feedwatch.story;

/**
 * How alike two items are as reports of one story, from 0 to 1: the larger of two scores, because a copy
 * and a rewrite are alike in different ways.
 *
 * <ul>
 *   <li>Wording: MinHash estimate of the shingle similarity of the texts. A republication, trimmed or under
 *       another headline, scores 0.5 to 1; different stories on one subject stay under 0.15 even when they
 *       share a boilerplate sentence. The headline is left out: outlets change it first.</li>
 *   <li>Facts: a rewrite keeps the names and numbers (123 prisoners, Bialiatski, Kalesnikava, Coale, potash)
 *       and changes the words. But another story on the subject shares its cast (Lukashenko, Belarus, the
 *       US envoy, the 1,100 still jailed), and the shorter the items, the more of their facts the cast is.
 *       What the cast does not give is the headline: a report of the same story mentions the facts the
 *       other one's headline puts first (123, Kalesnikava), a report of another story does not (52, Belavia).
 *       So the facts score is the smaller of the Jaccard similarity of all facts and the headline agreement,
 *       the smaller share of either headline's facts found in the other report. It needs at least
 *       {@value #MIN_SHARED_FACTS} shared facts, so that two short items naming one person are not alike.</li>
 * </ul>
 * A headline-only item's wording and facts are its headline's: its wording meets only the same headline
 * posted elsewhere, and of its facts the headline agreement alone counts (its few facts against a whole
 * report's many would make any Jaccard similarity small).
 */
final class StorySimilarity {

    static final int MIN_SHARED_FACTS = 3;

    private StorySimilarity() {
    }

    static double of(ItemSignature a, ItemSignature b) {
        return Math.max(a.wording().similarity(b.wording()), facts(a, b));
    }

    static double facts(ItemSignature a, ItemSignature b) {
        if (a.facts().shared(b.facts()) < MIN_SHARED_FACTS) {
            return 0;
        }
        double agreement = headlineAgreement(a, b);
        return a.titleOnly() || b.titleOnly() ? agreement : Math.min(a.facts().jaccard(b.facts()), agreement);
    }

    static double headlineAgreement(ItemSignature a, ItemSignature b) {
        return Math.min(a.titleFacts().containedIn(b.facts()), b.titleFacts().containedIn(a.facts()));
    }
}
