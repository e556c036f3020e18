package org.feedwatch.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.Item;
import org.feedwatch.match.Match;

/**
 * The benchmark's shared pool of stories: per watch rule, {@link #PER_RULE} stories whose lead item contains one of
 * the rule's words early in its title and text (so the matcher's snippet and the highlighting have work), about
 * 40 % in Belarusian or Russian, some titles with quotes, ampersands and angle brackets to escape. About a third of
 * the stories were also published, word for word, by one or two other feeds 20–120 minutes later: the composer
 * groups those into one entry with "also reported by".
 */
final class BenchmarkStories {

    static final int PER_RULE = 120;

    /** A watch rule: its name, the words it matches and, for a person rule, who they stand for. */
    record Rule(String name, List<String> terms, List<String> meanings, boolean cyrillic) {
    }

    /** A story: its first report and the word-for-word copies of other feeds. */
    record Story(Item lead, List<Item> copies, List<String> terms, List<String> meanings, String snippet) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("Bialiatski", List.of("Bialiatski"), List.of(), false),
            new Rule("Алесь Бяляцкі", List.of("Бяляцкага", "Бяляцкі"), List.of("Ales Bialiatski"), true),
            new Rule("Potash & sanctions", List.of("potash", "sanctions"), List.of(), false),
            new Rule("Belaruskali", List.of("Belaruskali"), List.of(), false),
            new Rule("Палітвязні", List.of("палітвязняў", "палітвязні"), List.of(), true),
            new Rule("Political prisoners", List.of("political prisoners"), List.of(), false),
            new Rule("Kalesnikava", List.of("Kalesnikava", "Колесникова"), List.of("Maria Kalesnikava"), false),
            new Rule("Выборы", List.of("выбары", "выборы"), List.of(), true),
            new Rule("Lithuania border", List.of("Lithuania", "border"), List.of(), false),
            new Rule("Тихановская", List.of("Тихановская", "Ціханоўская"), List.of("Sviatlana Tsikhanouskaya"), true),
            new Rule("Ryanair diversion", List.of("Ryanair", "diversion"), List.of(), false),
            new Rule("Press freedom", List.of("journalists", "press freedom"), List.of(), false));

    static final Map<Long, String> RULE_NAMES = IntStream.range(0, RULES.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(i -> (long) i + 1, i -> RULES.get(i).name()));

    private static final List<String> FEEDS = List.of("Nasha Niva", "Зеркало", "Reuters World News",
            "Радыё Свабода", "Viasna Human Rights Centre", "BBC News — Europe", "Belsat", "Euroradio",
            "DW на русском", "The Guardian — World", "Meduza in English", "Kyiv Independent");
    private static final List<String> HOSTS = List.of("nashaniva.example", "zerkalo.example", "reuters.example.com",
            "svaboda.example", "spring96.example", "bbc.example.co.uk", "belsat.example", "euroradio.example",
            "dw.example.com", "theguardian.example.com", "meduza.example", "kyivindependent.example");

    private static final String[] EN = ("the court in Minsk said on Tuesday that a ruling on appeal was expected"
            + " after officials confirmed new measures against exporters while rights groups called the decision"
            + " a political move and the European Union weighed further steps over shipments through the port of"
            + " Klaipeda as lawyers for the defendants were denied access to their clients for weeks according to"
            + " relatives who spoke to reporters outside the building late in the evening").split(" ");
    private static final String[] BE = ("суд у Мінску паведаміў што разгляд справы адкладзены пасля таго як"
            + " праваабаронцы заявілі пра новыя затрыманні у Гомелі і Брэсце а родныя асуджаных не атрымалі лістоў"
            + " ад іх некалькі тыдняў паводле звестак Вясны ўлады не каментуюць сітуацыю з перадачамі і"
            + " медыцынскай дапамогай у калоніях дзе ўтрымліваюцца людзі").split(" ");
    private static final String[] RU = ("суд в Минске сообщил что рассмотрение дела отложено после того как"
            + " правозащитники заявили о новых задержаниях в Гомеле и Бресте а родственники осуждённых не получают"
            + " писем уже несколько недель по данным Весны власти не комментируют ситуацию с передачами и"
            + " медицинской помощью в колониях где содержатся люди").split(" ");

    /** Names and places that make one story's facts its own (different stories on a rule share only its cast). */
    private static final String[] LATIN_NAMES = ("Hrodna Mahiliou Vitsebsk Brest Homel Barysau Pinsk Lida Orsha"
            + " Salihorsk Maladziechna Navapolatsk Zhlobin Svetlahorsk Rechytsa Slonim Kobryn Asipovichy Vaukavysk"
            + " Kalinkavichy Ivanov Kovalenko Sidorenko Lebedev Marchenko Kuzmich Zhuk Novik Sokolovsky Levchenko"
            + " Petrovich Hrytsenko Yermak Dubrovsky Savchenko Romanov Zaitsev Kravets Melnik Shevchuk").split(" ");
    private static final String[] CYRILLIC_NAMES = ("Гродна Магілёў Віцебск Брэст Гомель Барысаў Пінск Ліда Орша"
            + " Салігорск Маладзечна Наваполацк Жлобін Светлагорск Рэчыца Слонім Кобрын Асіповічы Ваўкавыск"
            + " Калінкавічы Іваноў Каваленка Сідарэнка Лебедзеў Марчанка Кузьміч Жук Новік Сакалоўскі Ляўчэнка"
            + " Пятровіч Грыцэнка Ермак Дуброўскі Саўчанка Раманаў Зайцаў Кравец Мельнік Шаўчук").split(" ");

    private final Random random = new Random(20261122L);
    private final Instant now;
    private final List<Feed> feeds = new ArrayList<>();
    private final List<List<Story>> pool = new ArrayList<>();
    private long itemIds = 1;

    BenchmarkStories(Instant now) {
        this.now = now;
        for (int f = 0; f < FEEDS.size(); f++) {
            feeds.add(Fixtures.feed(f + 1, FEEDS.get(f)));
        }
        for (Rule rule : RULES) {
            List<Story> stories = new ArrayList<>();
            for (int i = 0; i < PER_RULE; i++) {
                stories.add(story(rule));
            }
            pool.add(stories);
        }
    }

    Instant now() {
        return now;
    }

    Story story(int rule, int index) {
        return pool.get(rule).get(index);
    }

    /** The matches one subscriber's rule made on a story: the lead with the matcher's snippet, the copies without. */
    List<Match> matches(long subscriberId, int rule, Story story) {
        List<Match> matches = new ArrayList<>();
        matches.add(match(subscriberId, rule, story.lead(), story.terms(), story.meanings(), story.snippet()));
        story.copies().forEach(c -> matches.add(match(subscriberId, rule, c, story.terms(), story.meanings(), "")));
        return matches;
    }

    /** Another of the subscriber's rules matched the story's lead too (its first word, no snippet of its own). */
    Match alsoMatches(long subscriberId, int rule, Item lead) {
        return match(subscriberId, rule, lead, List.of(RULES.get(rule).terms().get(0)), RULES.get(rule).meanings(), "");
    }

    private static Match match(long subscriberId, int rule, Item item, List<String> terms, List<String> meanings,
            String snippet) {
        Match match = Fixtures.match(item, rule + 1L, terms, meanings, snippet);
        return Fixtures.set(match, "subscriberId", subscriberId);
    }

    private Story story(Rule rule) {
        boolean cyrillic = rule.cyrillic() || random.nextInt(10) < 2;
        String[] words = !cyrillic ? EN : random.nextBoolean() ? BE : RU;
        String term = rule.terms().get(random.nextInt(rule.terms().size()));
        String[] names = cyrillic ? CYRILLIC_NAMES : LATIN_NAMES;
        String cast = names[random.nextInt(names.length)] + " " + (10 + random.nextInt(3000)) + " "
                + names[random.nextInt(names.length)];
        String title = capitalise(sentence(words, 5 + random.nextInt(6), term)) + " " + cast;
        if (random.nextInt(12) == 0) {
            title = title + ": \"we <will> appeal\" & more";
        }
        StringBuilder text = new StringBuilder(sentence(words, 30 + random.nextInt(25), term)).append(' ')
                .append(cast).append(' ').append(names[random.nextInt(names.length)]).append(' ')
                .append(1 + random.nextInt(400));
        if (random.nextBoolean()) {
            text.append(' ').append(rule.terms().get(0)).append(' ').append(words[random.nextInt(words.length)]);
        }
        String summary = capitalise(text.toString()) + ".";
        List<String> terms = summary.contains(rule.terms().get(0)) && !term.equals(rule.terms().get(0))
                ? List.of(term, rule.terms().get(0)) : List.of(term);
        Instant published = now.minusSeconds(600L + random.nextInt(86_400));
        int feed = random.nextInt(FEEDS.size());
        Item lead = item(feed, title, summary, published, random.nextInt(20) != 0);
        int copyCount = random.nextInt(100) < 25 ? 1 : random.nextInt(100) < 12 ? 2 : 0;
        List<Item> copies = new ArrayList<>();
        for (int c = 1; c <= copyCount; c++) {
            copies.add(item((feed + c * 5) % FEEDS.size(), title, summary,
                    published.plusSeconds(1200L + random.nextInt(6000)), true));
        }
        String snippet = summary.length() > 280 ? summary.substring(0, summary.lastIndexOf(' ', 278)) + " …" : summary;
        return new Story(lead, copies, terms, rule.meanings(), snippet);
    }

    private Item item(int feed, String title, String summary, Instant published, boolean withLink) {
        long id = itemIds++;
        String link = withLink ? "https://" + HOSTS.get(feed) + "/news/2026/11/" + id + "-story?utm_source=rss" : null;
        return BenchmarkCorpus.item(id, feeds.get(feed), title, summary, link, published);
    }

    /** Words from the language's list with the matched term at a random place early on (inside the snippet). */
    private String sentence(String[] words, int length, String term) {
        int at = random.nextInt(Math.min(length, 20));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(i == at ? term : words[random.nextInt(words.length)]);
        }
        return out.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
