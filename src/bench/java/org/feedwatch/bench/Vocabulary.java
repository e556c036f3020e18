package org.feedwatch.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The words of the benchmark's news, in rank order for a Zipf draw: English function words first, then
 * common news words, then a long tail of made-up words (real news has tens of thousands of distinct words;
 * what matters to the rule index is how many there are and how often each occurs, not what they mean).
 * Topic words, places and people are not ranked: items and rules draw them by topic.
 */
final class Vocabulary {

    /** A subject that items are about and rules watch, with its words and its usual phrases. */
    record Topic(String name, List<String> words, List<String> phrases) {
    }

    static final List<String> FUNCTION_WORDS = words("the of and to a in for is on that by with was as at from he"
            + " it said his be has have are were an will not but they after who its their been which this had also"
            + " would more over than one two new about into last first up when out there could other all she her"
            + " we can some no if what so or our only most three before while may just under since them");

    static final List<String> NEWS_WORDS = words("government president police minister court country state"
            + " officials week told report people year years city region border party leader opposition law"
            + " security forces army military foreign international European Union Russian Belarusian Ukrainian"
            + " Polish Lithuanian authorities ministry statement press agency news media journalist journalists"
            + " television radio website online company companies market markets price prices economy economic"
            + " trade exports imports bank money budget tax energy gas oil power plant factory workers union strike"
            + " school university students hospital health doctors water weather snow rain winter summer road"
            + " railway train airport flight visit talks meeting summit deal agreement plan decision vote votes"
            + " parliament deputies committee council chairman head chief director spokesman spokeswoman official"
            + " former current local national regional federal public private social political human rights group"
            + " groups organisation organization centre center office service services system data case cases"
            + " charges investigation evidence lawyer lawyers judge family children women men wife husband son"
            + " daughter mother father friends home house life death died killed wounded fire accident crash"
            + " church religious culture writer book film music festival football match club team season game"
            + " players coach win won lost victory record history anniversary memorial museum");

    static final List<Topic> TOPICS = List.of(
            new Topic("sanctions", words("sanctions sanctioned embargo restrictions assets frozen blacklist"
                    + " penalties Treasury OFAC designation export ban measures package"),
                    List.of("economic sanctions", "sanctions package", "asset freeze", "export ban")),
            new Topic("prisoners", words("prisoners prisoner detained arrested detention pardon pardoned"
                    + " released sentenced trial verdict colony jail prison activist activists Viasna"),
                    List.of("political prisoners", "human rights defender", "penal colony", "criminal case")),
            new Topic("potash", words("potash fertiliser fertilizer fertilisers Belaruskali Klaipeda mine"
                    + " Salihorsk shipments nitrogen Grodno Azot terminal cargo tonnes"),
                    List.of("potash exports", "fertiliser prices", "Klaipeda port", "potash transit")),
            new Topic("elections", words("election elections ballot polling candidate candidates campaign"
                    + " observers turnout referendum rigged fraud commission"),
                    List.of("presidential election", "election commission", "polling station")),
            new Topic("protest", words("protest protests protesters rally demonstration march crackdown"
                    + " riot detentions dispersed OMON tear"),
                    List.of("peaceful protest", "riot police", "mass detentions")),
            new Topic("energy", words("pipeline Gazprom nuclear Astravets reactor electricity refinery"
                    + " Naftan Mozyr petroleum transit supplies"),
                    List.of("nuclear power plant", "gas supplies", "oil refinery")),
            new Topic("war", words("war troops missile drone drones shelling offensive frontline"
                    + " mobilisation Wagner border exercises"),
                    List.of("military exercises", "missile strike", "border guards")),
            new Topic("media", words("censorship extremist blocked editor editors newspaper reporter"
                    + " reporters Belsat RFE Nasha Niva accreditation"),
                    List.of("extremist materials", "independent media", "press freedom")));

    static final List<String> PLACES = words("Minsk Vilnius Warsaw Moscow Kyiv Brussels Riga Hrodna Brest"
            + " Homel Mahiliou Viciebsk Salihorsk Baranavichy Babruisk Pinsk Orsha Lida Maladziechna Barysau"
            + " Navapolatsk Mazyr Zhlobin Slutsk Kalinkavichy Berlin London Washington Geneva Strasbourg");

    /** Words of each generated topic, and phrases made of them. */
    private static final int TOPIC_WORDS = 15;
    private static final int TOPIC_PHRASES = 3;

    private final List<String> ranked;
    private final List<Topic> otherTopics;
    private final List<String> otherPlaces;

    /**
     * The ranked words ({@code tailWords} made-up ones after the real ones), and {@code otherTopics} made-up
     * subjects and {@code otherPlaces} made-up places beside the real ones: the rest of the world's news, which
     * feeds carry too. Made-up words never repeat, so a generated topic's words belong to it alone.
     */
    Vocabulary(int tailWords, int otherTopics, int otherPlaces, long seed) {
        Set<String> all = new LinkedHashSet<>(FUNCTION_WORDS);
        all.addAll(NEWS_WORDS);
        TOPICS.forEach(topic -> all.addAll(topic.words()));
        all.addAll(PLACES);
        Random random = new Random(seed);
        List<String> ranked = new ArrayList<>(all.size() + tailWords);
        ranked.addAll(FUNCTION_WORDS);
        ranked.addAll(NEWS_WORDS);
        ranked.addAll(fresh(all, tailWords, random));
        this.ranked = List.copyOf(ranked);
        List<Topic> topics = new ArrayList<>(otherTopics);
        for (int i = 0; i < otherTopics; i++) {
            List<String> words = fresh(all, TOPIC_WORDS, random);
            List<String> phrases = new ArrayList<>(TOPIC_PHRASES);
            for (int p = 0; p < TOPIC_PHRASES; p++) {
                phrases.add(words.get(2 * p) + " " + words.get(2 * p + 1));
            }
            topics.add(new Topic("topic" + i, words, List.copyOf(phrases)));
        }
        this.otherTopics = List.copyOf(topics);
        this.otherPlaces = fresh(all, otherPlaces, random).stream().map(Vocabulary::capitalised).toList();
    }

    /** Every ranked word, most frequent first. */
    List<String> ranked() {
        return ranked;
    }

    /** The made-up subjects beside {@link #TOPICS}. */
    List<Topic> otherTopics() {
        return otherTopics;
    }

    /** The made-up places beside {@link #PLACES}. */
    List<String> otherPlaces() {
        return otherPlaces;
    }

    /** {@code count} made-up words that are not in {@code taken}, which they are added to. */
    private static List<String> fresh(Set<String> taken, int count, Random random) {
        List<String> words = new ArrayList<>(count);
        while (words.size() < count) {
            String word = madeUpWord(random);
            if (taken.add(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static final String[] ONSETS = {"b", "br", "ch", "d", "dr", "f", "g", "gr", "h", "k", "kl", "l", "m",
        "n", "p", "pr", "r", "s", "st", "sh", "t", "tr", "v", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "t", "m", "nd", "rk"};

    private static String madeUpWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = random.nextInt(4) == 0 ? 3 : 2;
        for (int i = 0; i < syllables; i++) {
            word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        return word.append(CODAS[random.nextInt(CODAS.length)]).toString();
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
