package org.feedwatch.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up items for volume tests and the benchmark: pronounceable words, a few of them capitalised names,
 * numbers; each story different from the others, its copies verbatim under another headline.
 */
final class SyntheticItems {

    private static final String CONSONANTS = "bdfghklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final Instant T0 = Instant.parse("2025-12-13T06:00:00Z");

    private final Random random;
    private final List<String> words = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    SyntheticItems(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 3000; i++) {
            words.add(word());
        }
        for (int i = 0; i < 1500; i++) {
            String w = word();
            names.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
    }

    /** {@code stories} different items, then a copy of each of the first {@code copies}. */
    List<StoryItem> items(int stories, int copies) {
        List<StoryItem> items = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            items.add(new StoryItem(i + 1, sentence(8) + " " + i, paragraph(90),
                    "https://site" + (i % 17) + ".example/story/" + i, "site" + (i % 17),
                    T0.plusSeconds(60L * i)));
        }
        for (int i = 0; i < copies; i++) {
            StoryItem original = items.get(i);
            items.add(new StoryItem(100_000 + i, "Copy: " + original.title(), original.text(),
                    "https://mirror.example/copy/" + i, "mirror", original.publishedAt().plusSeconds(600)));
        }
        return items;
    }

    private String word() {
        StringBuilder w = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            w.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            w.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return w.toString();
    }

    private String sentence(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(10);
            String w = r == 0 ? names.get(random.nextInt(names.size()))
                    : r == 1 ? Integer.toString(random.nextInt(5000))
                    : words.get(random.nextInt(words.size()));
            s.append(i == 0 ? "" : " ").append(w);
        }
        return s.toString();
    }

    private String paragraph(int length) {
        StringBuilder p = new StringBuilder();
        for (int written = 0; written < length; written += 12) {
            p.append(sentence(12)).append(". ");
        }
        return p.toString().trim();
    }
}
