package org.feedwatch.bench.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.feedwatch.digest.DigestEntry;
import org.feedwatch.digest.DigestSection;
import org.feedwatch.digest.DigestView;

/**
 * Generated digests as {@code DigestComposer} would hand them to the renderer: entries grouped by the rule that
 * matched them, matched words that occur in the snippet (so highlighting has work), snippets cut at 280 characters
 * like the composer's, about 40 % of the items in Belarusian or Russian, some with quotes, ampersands and angle
 * brackets to escape. Items come from a shared pool, as popular items reach many subscribers; each digest is its
 * own view with its own recipient, links and order. Fixed seed: every run renders the same digests.
 */
final class DigestCorpus {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);
    private static final String BASE_URL = "https://feedwatch.example.org";
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Minsk"), ZoneId.of("Europe/Vilnius"),
            ZoneId.of("Europe/Warsaw"), ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"));
    private static final int POOL_PER_RULE = 120;

    /** A watch rule: its name, the words it matches and, for a person rule, who they stand for. */
    private record Rule(String name, List<String> terms, List<String> meanings, boolean cyrillic) {
    }

    private static final List<Rule> RULES = List.of(
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

    private final Random random = new Random(20261122L);
    private final List<List<DigestEntry>> pool = new ArrayList<>();
    private final int entriesPerDigest;
    private final Instant now = Instant.parse("2026-11-22T07:00:00Z");

    DigestCorpus(int entriesPerDigest) {
        this.entriesPerDigest = entriesPerDigest;
        for (int r = 0; r < RULES.size(); r++) {
            List<DigestEntry> items = new ArrayList<>();
            for (int i = 0; i < POOL_PER_RULE; i++) {
                items.add(entry(RULES.get(r), r * POOL_PER_RULE + i));
            }
            pool.add(items);
        }
    }

    Instant now() {
        return now;
    }

    /** Digest number {@code n}: 20 entries (or as asked) over 1–5 of the subscriber's rules, newest first. */
    DigestView digest(int n) {
        Random r = new Random(n * 7_919L + 17);
        int ruleCount = 1 + r.nextInt(Math.min(5, entriesPerDigest));
        List<Integer> rules = new ArrayList<>();
        while (rules.size() < ruleCount) {
            int rule = r.nextInt(RULES.size());
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        List<DigestSection> sections = new ArrayList<>();
        int left = entriesPerDigest;
        for (int i = 0; i < ruleCount; i++) {
            int count = i == ruleCount - 1 ? left : Math.max(1, left / (ruleCount - i) + r.nextInt(3) - 1);
            left -= count;
            List<DigestEntry> entries = new ArrayList<>();
            List<DigestEntry> items = pool.get(rules.get(i));
            int start = r.nextInt(items.size());
            for (int k = 0; k < count; k++) {
                entries.add(items.get((start + k) % items.size()));
            }
            sections.add(new DigestSection(RULES.get(rules.get(i)).name(), entries));
        }
        long subscriber = 100_000L + n;
        ZoneId zone = ZONES.get(n % ZONES.size());
        String subject = "Feedwatch: " + entriesPerDigest + " new matches — " + String.join(", ",
                sections.stream().limit(3).map(DigestSection::ruleName).toList()) + (ruleCount > 3 ? " and more" : "");
        return new DigestView("reader" + n + "@subscribers.example.net", subject,
                sections.get(0).entries().get(0).title(), zone.getId(), WHEN.format(now.atZone(zone)), sections,
                entriesPerDigest, 0, link("subscription", subscriber), link("unsubscribe", subscriber),
                link("archive", subscriber));
    }

    /** The digest's stable Message-ID, as the digest store derives it from the digest key. */
    static String messageId(String digestKey) {
        return "<" + UUID.nameUUIDFromBytes(digestKey.getBytes(StandardCharsets.UTF_8)) + "@feedwatch.example.org>";
    }

    private String link(String page, long subscriber) {
        byte[] token = new byte[32];
        new Random(subscriber * 31 + page.length()).nextBytes(token);
        return BASE_URL + "/" + page + "?s=" + subscriber + "&t="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    private DigestEntry entry(Rule rule, int id) {
        boolean cyrillic = rule.cyrillic() || random.nextInt(10) < 2;
        String[] words = !cyrillic ? EN : random.nextBoolean() ? BE : RU;
        String term = rule.terms().get(random.nextInt(rule.terms().size()));
        int feed = random.nextInt(FEEDS.size());
        String title = capitalise(sentence(words, 6 + random.nextInt(7), term));
        if (random.nextInt(12) == 0) {
            title = title + ": \"we <will> appeal\" & more";
        }
        StringBuilder snippet = new StringBuilder(sentence(words, 30 + random.nextInt(20), term));
        if (random.nextBoolean()) {
            snippet.append(' ').append(rule.terms().get(0)).append(' ').append(words[random.nextInt(words.length)]);
        }
        String text = capitalise(snippet.toString()) + ".";
        if (text.length() > 280) {
            int cut = text.lastIndexOf(' ', 280);
            text = text.substring(0, cut) + " …";
        }
        List<String> matched = text.contains(rule.terms().get(0)) && !term.equals(rule.terms().get(0))
                ? List.of(term, rule.terms().get(0)) : List.of(term);
        String published = WHEN.format(now.minusSeconds(600L + random.nextInt(86_400)).atZone(ZONES.get(0)));
        String link = "https://" + HOSTS.get(feed) + "/news/2026/11/" + id + "-" + (cyrillic ? "article" : "story")
                + "?utm_source=rss&utm_medium=feed";
        return new DigestEntry(title, random.nextInt(20) == 0 ? "" : link, FEEDS.get(feed), published, text, matched,
                rule.meanings());
    }

    /** Words from the language's list with the matched term at a random place early on (inside the snippet cut). */
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
