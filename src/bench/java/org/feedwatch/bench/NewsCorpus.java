package org.feedwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.feedwatch.bench.PersonNames.PersonName;
import org.feedwatch.bench.Vocabulary.Topic;
import org.feedwatch.match.MatchableItem;

/**
 * News-like items, always the same for a seed: a title of 5-12 words and a summary of 50-150 words in
 * sentences, drawn from the {@link Vocabulary} with Zipf frequencies, most items about one or two topics
 * (their words and phrases sprinkled in), some naming a person of the watchlist or another person, some
 * a place. Also the source of the words the {@link KeywordRules} watch, so rules and items share a world.
 *
 * <p>Two worlds ({@link Scope}): {@code NEWSROOM}, the feeds a Belarus-watching newsroom or rights group
 * follows, where 40 % of the items are about the eight Belarus subjects and the rest about 240 other subjects
 * and 270 other places (what general news feeds also carry); and {@code BELARUS}, where every item is about
 * the eight Belarus subjects, a stress case in which every rule word is frequent.
 */
public final class NewsCorpus {

    /** Which subjects the items and rules are about. */
    public enum Scope {
        NEWSROOM(0.4, 240, 270),
        BELARUS(1.0, 0, 0);

        final double belarusShare;
        final int otherTopics;
        final int otherPlaces;

        Scope(double belarusShare, int otherTopics, int otherPlaces) {
            this.belarusShare = belarusShare;
            this.otherTopics = otherTopics;
            this.otherPlaces = otherPlaces;
        }
    }

    /** The seed of every benchmark run. */
    public static final long SEED = 20_261_122L;
    /** People on the watchlist; the corpus also names as many others again and more. */
    public static final int WATCHLIST_SIZE = 1_200;

    private static final int TAIL_WORDS = 20_000;
    private static final int RARE_FROM_RANK = 2_000;
    private static final int OTHER_PEOPLE = 2_400;

    /** Another subject's news is a tenth as likely to name someone on the watchlist. */
    private static final double WATCHLIST_PERSON_IN_BELARUS_NEWS = 0.25;
    private static final double WATCHLIST_PERSON_ELSEWHERE = 0.025;

    private final Scope scope;
    private final Zipf<String> words;
    private final Zipf<Topic> otherTopics;
    private final Zipf<String> otherPlaces;
    private final List<String> contentWords;
    private final List<PersonName> watchlist;
    private final List<PersonName> others;
    private final Random random;

    public NewsCorpus(long seed, Scope scope) {
        this.scope = scope;
        Vocabulary vocabulary = new Vocabulary(TAIL_WORDS, scope.otherTopics, scope.otherPlaces, seed);
        words = new Zipf<>(vocabulary.ranked(), 1.0);
        otherTopics = vocabulary.otherTopics().isEmpty() ? null : new Zipf<>(vocabulary.otherTopics(), 1.0, 10);
        otherPlaces = vocabulary.otherPlaces().isEmpty() ? null : new Zipf<>(vocabulary.otherPlaces(), 1.0, 10);
        contentWords = vocabulary.ranked().subList(Vocabulary.FUNCTION_WORDS.size(), vocabulary.ranked().size());
        List<PersonName> people = PersonNames.generate(WATCHLIST_SIZE + OTHER_PEOPLE, seed);
        watchlist = List.copyOf(people.subList(0, WATCHLIST_SIZE));
        others = List.copyOf(people.subList(WATCHLIST_SIZE, people.size()));
        random = new Random(seed);
    }

    /** The people of the benchmark's watchlist. */
    public List<PersonName> watchlist() {
        return watchlist;
    }

    /** Every person the items may name, on the watchlist or not. */
    List<PersonName> everyone() {
        List<PersonName> all = new ArrayList<>(watchlist);
        all.addAll(others);
        return all;
    }

    /** The ranked words without the function words: what people put in rules, most frequent first. */
    List<String> contentWords() {
        return contentWords;
    }

    /**
     * The ranked words from rank {@value #RARE_FROM_RANK} on, each in fewer than about one item in 200: the
     * rarer words a rule can be about on its own, as "measles" or "Huawei" are in real news. Nobody watches
     * "year" or "hospital".
     */
    List<String> rareWords() {
        return contentWords.subList(RARE_FROM_RANK, contentWords.size());
    }

    /** The next {@code count} items of this corpus. */
    public List<MatchableItem> items(int count) {
        List<MatchableItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item());
        }
        return items;
    }

    /**
     * A subject, Belarus's or (in the newsroom) another, as often as the news is about it: rules are drawn
     * the same way, since people watch what the news talks about.
     */
    Topic topic(Random random, boolean belarus) {
        return belarus ? pick(random, Vocabulary.TOPICS) : otherTopics.draw(random);
    }

    /** A place, a Belarusian one for Belarus news. */
    String place(Random random, boolean belarus) {
        return belarus ? pick(random, Vocabulary.PLACES) : otherPlaces.draw(random);
    }

    /** Whether the next item or rule is about Belarus. */
    boolean aboutBelarus(Random random) {
        return random.nextDouble() < scope.belarusShare;
    }

    private MatchableItem item() {
        boolean belarus = aboutBelarus(random);
        List<Topic> topics = new ArrayList<>();
        double subjects = random.nextDouble();
        if (subjects > 0.15) {
            topics.add(topic(random, belarus));
        }
        if (subjects > 0.75) {
            topics.add(topic(random, belarus));
        }
        List<PersonName> people = new ArrayList<>();
        double watchlistChance = belarus || scope == Scope.BELARUS
                ? (scope == Scope.BELARUS ? 0.12 : WATCHLIST_PERSON_IN_BELARUS_NEWS) : WATCHLIST_PERSON_ELSEWHERE;
        if (random.nextDouble() < watchlistChance) {
            people.add(pick(watchlist));
        }
        if (random.nextDouble() < 0.3) {
            people.add(pick(others));
        }
        String place = random.nextBoolean() ? place(random, belarus) : null;
        return new MatchableItem(title(topics, people, place), summary(topics, people, place));
    }

    private String title(List<Topic> topics, List<PersonName> people, String place) {
        List<String> title = new ArrayList<>();
        int length = 5 + random.nextInt(8);
        while (title.size() < length) {
            title.add(words.draw(random));
        }
        if (!topics.isEmpty()) {
            Topic topic = topics.get(0);
            insert(title, random.nextInt(3) == 0 ? pick(topic.phrases()) : pick(topic.words()));
        }
        if (!people.isEmpty() && random.nextDouble() < 0.6) {
            insert(title, random.nextBoolean() ? people.get(0).surname() : people.get(0).full());
        }
        if (place != null && random.nextDouble() < 0.4) {
            insert(title, place);
        }
        return capitalised(String.join(" ", title));
    }

    private String summary(List<Topic> topics, List<PersonName> people, String place) {
        List<String> slots = new ArrayList<>();
        int length = 50 + random.nextInt(101);
        while (slots.size() < length) {
            slots.add(summaryWord(topics, place));
        }
        for (PersonName person : people) {
            slots.add(random.nextInt(Math.min(12, slots.size())), person.full());
            if (random.nextBoolean()) {
                insert(slots, person.surname() + (random.nextInt(3) == 0 ? "'s" : ""));
            }
        }
        StringBuilder text = new StringBuilder();
        int sentence = 0;
        int sentenceLength = 8 + random.nextInt(13);
        for (String word : slots) {
            text.append(sentence == 0 ? capitalised(word) : word);
            if (++sentence == sentenceLength) {
                text.append(". ");
                sentence = 0;
                sentenceLength = 8 + random.nextInt(13);
            } else {
                text.append(random.nextInt(14) == 0 ? ", " : " ");
            }
        }
        return text.toString().strip();
    }

    private String summaryWord(List<Topic> topics, String place) {
        double r = random.nextDouble();
        if (!topics.isEmpty() && r < 0.03) {
            return pick(pick(topics).words());
        }
        if (!topics.isEmpty() && r < 0.04) {
            return pick(pick(topics).phrases());
        }
        if (place != null && r < 0.05) {
            return place;
        }
        return words.draw(random);
    }

    private void insert(List<String> words, String word) {
        words.add(random.nextInt(words.size() + 1), word);
    }

    private <T> T pick(List<T> from) {
        return pick(random, from);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
