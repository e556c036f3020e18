package org.feedwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.feedwatch.bench.PersonNames.PersonName;
import org.feedwatch.bench.Vocabulary.Topic;

/**
 * Keyword rules as subscribers write them, in the rule language, always the same for a seed. The mix
 * (percent of rules): single word 22, two-word AND 18, three-word AND 7, OR 10, (a OR b) c 6, phrase 10,
 * exclusion 8, prefix 7, AROUND(n) 5, title: 7.
 *
 * <p>Rules are built from two kinds of words, as people write them: a <em>specific</em> word says what the
 * rule is about (a topic word such as "sanctions", a place, a surname, or a rarer word) and is what single
 * words and ORs are made of; a <em>context</em> word narrows it down ("court", "minister": ordinary content
 * words by frequency) and only appears next to a specific word, in ANDs and exclusions.
 */
public final class KeywordRules {

    /** Rare words are drawn with a flat head (offset 1,000 ranks): most are far down the frequency list. */
    private static final double RARE_WORD_OFFSET = 1_000;
    /** Context words are drawn with a less flattened head: common words like "court" are frequent among them. */
    private static final double CONTEXT_WORD_OFFSET = 100;

    private final Random random;
    private final Zipf<String> rareWords;
    private final Zipf<String> contextWords;
    private final List<PersonName> people;
    private final NewsCorpus corpus;

    public KeywordRules(NewsCorpus corpus, long seed) {
        this.corpus = corpus;
        random = new Random(seed);
        rareWords = new Zipf<>(corpus.rareWords(), 1.0, RARE_WORD_OFFSET);
        contextWords = new Zipf<>(corpus.contentWords(), 1.0, CONTEXT_WORD_OFFSET);
        people = corpus.everyone();
    }

    /** The next {@code count} rule texts. */
    public List<String> next(int count) {
        List<String> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(rule());
        }
        return rules;
    }

    private String rule() {
        int kind = random.nextInt(100);
        if (kind < 22) {
            return specific();
        }
        if (kind < 40) {
            return specific() + " " + (random.nextBoolean() ? specific() : context());
        }
        if (kind < 47) {
            return specific() + " " + context() + " " + context();
        }
        if (kind < 57) {
            return specific() + " OR " + specific() + (random.nextBoolean() ? " OR " + specific() : "");
        }
        if (kind < 63) {
            return "(" + specific() + " OR " + specific() + ") " + context();
        }
        if (kind < 73) {
            return quoted(phrase());
        }
        if (kind < 81) {
            return exclusion();
        }
        if (kind < 88) {
            return random.nextInt(3) == 0 ? prefix() + " " + context() : prefix();
        }
        if (kind < 93) {
            Topic topic = corpus.topic(random, corpus.aboutBelarus(random));
            String left = random.nextBoolean() ? pick(people).surname() : pick(topic.words());
            return left + " AROUND(" + (1 + random.nextInt(5)) + ") " + pick(topic.words());
        }
        return titleRule();
    }

    private String exclusion() {
        switch (random.nextInt(3)) {
            case 0:
                return specific() + " -" + context();
            case 1:
                return specific() + " " + context() + " NOT " + specific();
            default:
                return specific() + " -" + quoted(phrase());
        }
    }

    private String titleRule() {
        switch (random.nextInt(3)) {
            case 0:
                return "title:" + specific();
            case 1:
                return "title:" + quoted(phrase());
            default:
                return "title:" + prefix() + " " + context();
        }
    }

    /** What a rule is about: a topic word, place, surname or rarer word. */
    private String specific() {
        double r = random.nextDouble();
        if (r < 0.65) {
            return namedWord();
        }
        return rareWords.draw(random);
    }

    private String context() {
        return contextWords.draw(random);
    }

    /** A person's full name, a topic's phrase, or two words that rarely stand side by side. */
    private String phrase() {
        int kind = random.nextInt(4);
        if (kind < 2) {
            return pick(people).full();
        }
        if (kind == 2) {
            return pick(corpus.topic(random, corpus.aboutBelarus(random)).phrases());
        }
        return context() + " " + context();
    }

    /**
     * A word stem as people truncate one: a topic word, place or surname of at least 7 letters cut by 1-3
     * letters, never shorter than 5, e.g. {@code sanctio*}, {@code Bialiats*}. (Not the made-up rare words:
     * their few syllables make their stems far less specific than real ones.)
     */
    private String prefix() {
        String word = "";
        while (word.length() < 7) {
            word = namedWord();
        }
        return word.substring(0, Math.max(5, word.length() - 1 - random.nextInt(3))) + "*";
    }

    /** A topic word, place or surname, in the proportions 20 : 15 : 30. */
    private String namedWord() {
        int r = random.nextInt(65);
        if (r < 20) {
            return pick(corpus.topic(random, corpus.aboutBelarus(random)).words());
        }
        if (r < 35) {
            return corpus.place(random, corpus.aboutBelarus(random));
        }
        return pick(people).surname();
    }

    private static String quoted(String phrase) {
        return "\"" + phrase + "\"";
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
