package org.feedwatch.bench;

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

    private final List<String> ranked;

    Vocabulary(int tailWords, long seed) {
        Set<String> all = new LinkedHashSet<>(FUNCTION_WORDS);
        all.addAll(NEWS_WORDS);
        Random random = new Random(seed);
        int wanted = all.size() + tailWords;
        while (all.size() < wanted) {
            all.add(madeUpWord(random));
        }
        ranked = List.copyOf(all);
    }

    /** Every ranked word, most frequent first. */
    List<String> ranked() {
        return ranked;
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
