package org.feedwatch.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Random rules over a made-up vocabulary ("kw0".."kw149", which no analysis step changes), each with an
 * independent reference evaluation, and random items to run them on.
 */
final class RandomRules {

    private static final int VOCABULARY = 150;

    record Item(List<String> title, List<String> summary) {
        MatchableItem toMatchable() {
            return new MatchableItem(String.join(" ", title), String.join(", ", summary));
        }

        boolean has(String word) {
            return in(title, word) || in(summary, word);
        }

        boolean hasPrefix(String prefix) {
            return title.stream().anyMatch(w -> lower(w).startsWith(prefix))
                    || summary.stream().anyMatch(w -> lower(w).startsWith(prefix));
        }
    }

    record Rule(String text, Predicate<Item> matches) {
    }

    private final Random random;

    RandomRules(long seed) {
        random = new Random(seed);
    }

    Item item() {
        return new Item(words(3 + random.nextInt(6)), words(5 + random.nextInt(16)));
    }

    private List<String> words(int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String word = word();
            words.add(random.nextInt(4) == 0 ? word.toUpperCase(Locale.ROOT) : word);
        }
        return words;
    }

    private String word() {
        return "kw" + random.nextInt(VOCABULARY);
    }

    Rule rule() {
        String a = word();
        String b = word();
        String c = word();
        int gap = random.nextInt(4);
        String prefix = "kw1" + random.nextInt(5);
        switch (random.nextInt(11)) {
            case 0:
                return new Rule(a, i -> i.has(a));
            case 1:
                return new Rule(a + " " + b, i -> i.has(a) && i.has(b));
            case 2:
                return new Rule(a + " OR " + b, i -> i.has(a) || i.has(b));
            case 3:
                return new Rule(a + " -" + b, i -> i.has(a) && !i.has(b));
            case 4:
                return new Rule("\"" + a + " " + b + "\"", i -> adjacent(i.title, a, b) || adjacent(i.summary, a, b));
            case 5:
                return new Rule("title:" + a.toUpperCase(Locale.ROOT), i -> in(i.title, a));
            case 6:
                return new Rule("summary:\"" + a + " " + b + "\"", i -> adjacent(i.summary, a, b));
            case 7:
                return new Rule(a + " AROUND(" + gap + ") " + b,
                        i -> near(i.title, a::equals, b::equals, gap) || near(i.summary, a::equals, b::equals, gap));
            case 8:
                return new Rule("(" + a + " OR " + b + ") " + c + " NOT " + prefix + "*",
                        i -> (i.has(a) || i.has(b)) && i.has(c) && !i.hasPrefix(prefix));
            case 9:
                return new Rule(prefix + "*", i -> i.hasPrefix(prefix));
            default:
                return new Rule(a + " AROUND(" + gap + ") " + prefix + "*",
                        i -> near(i.title, a::equals, w -> w.startsWith(prefix), gap)
                                || near(i.summary, a::equals, w -> w.startsWith(prefix), gap));
        }
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static boolean in(List<String> words, String word) {
        return words.stream().anyMatch(w -> lower(w).equals(word));
    }

    private static boolean adjacent(List<String> words, String a, String b) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (lower(words.get(i)).equals(a) && lower(words.get(i + 1)).equals(b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(List<String> words, Predicate<String> a, Predicate<String> b, int gap) {
        for (int i = 0; i < words.size(); i++) {
            for (int j = 0; j < words.size(); j++) {
                if (i != j && Math.abs(i - j) - 1 <= gap
                        && a.test(lower(words.get(i))) && b.test(lower(words.get(j)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
