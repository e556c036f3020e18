package org.feedwatch.story;

/**
 * What story grouping keeps of an item: the MinHash signature of the wording of its text; the facts (names,
 * numbers) of its title and text together and of its title alone, as exact sets; and MinHash signatures of
 * both fact sets, used only to find candidate pairs. A headline-only item's wording and facts are its title's.
 */
record ItemSignature(MinHashSignature wording, FactSet facts, FactSet titleFacts,
        MinHashSignature factSketch, MinHashSignature titleFactSketch, boolean titleOnly) {
}
