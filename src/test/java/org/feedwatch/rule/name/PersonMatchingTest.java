package org.feedwatch.rule.name;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.search.Query;
import org.feedwatch.match.MatchableItem;
import org.feedwatch.match.RuleHit;
import org.feedwatch.match.RuleIndex;
import org.feedwatch.rule.PersonQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a person rule matches, end to end through the real monitor (with and without its presearcher):
 * spellings, scripts, case forms, word order, first-name variants; and the people it must not match.
 */
class PersonMatchingTest {

    private static RuleIndex filtered;
    private static RuleIndex bruteForce;

    @BeforeAll
    static void open() {
        filtered = new RuleIndex();
        bruteForce = RuleIndex.bruteForce();
    }

    @AfterAll
    static void close() throws IOException {
        filtered.close();
        bruteForce.close();
    }

    /** A person rule as the test table writes it. */
    record Rule(String name, List<String> aliases, boolean surnameAlone) {
        Query compile() throws InvalidNameException {
            List<PersonName> parsed = new ArrayList<>();
            for (String alias : aliases) {
                parsed.add(PersonName.parse(alias));
            }
            return PersonQueries.compile(PersonName.parse(name), parsed, surnameAlone);
        }

        @Override
        public String toString() {
            return name + (aliases.isEmpty() ? "" : " aka " + aliases) + (surnameAlone ? " (+surname)" : "");
        }
    }

    private static Rule person(String name) {
        return new Rule(name, List.of(), false);
    }

    private static Rule surnameToo(String name) {
        return new Rule(name, List.of(), true);
    }

    private static Arguments yes(Rule rule, String title) {
        return Arguments.of(rule, title, "", true);
    }

    private static Arguments yes(Rule rule, String title, String summary) {
        return Arguments.of(rule, title, summary, true);
    }

    private static Arguments no(Rule rule, String title) {
        return Arguments.of(rule, title, "", false);
    }

    private static Arguments no(Rule rule, String title, String summary) {
        return Arguments.of(rule, title, summary, false);
    }

    static Stream<Arguments> table() {
        Rule bialiatski = person("Ales Bialiatski");
        Rule kalesnikava = person("Maria Kalesnikava");
        Rule kalesnikavaSurname = surnameToo("Maria Kalesnikava");
        Rule tsikhanouskaya = person("Sviatlana Tsikhanouskaya");
        Rule tsikhanouskayaSurname = surnameToo("Sviatlana Tsikhanouskaya");
        Rule tsikhanouski = surnameToo("Siarhei Tsikhanouski");
        Rule babaryka = person("Viktar Babaryka");
        Rule losik = person("Ihar Losik");
        Rule zolatava = person("Maryna Zolatava");
        Rule statkevich = person("Mikalai Statkevich");
        Rule protasevich = person("Raman Protasevich");
        Rule lukashenka = person("Aliaksandr Lukashenka");
        Rule zhukava = surnameToo("Volha Zhukava");
        Rule stsiapanau = surnameToo("Yauhen Stsiapanau");
        Rule ramanenka = person("Hanna Ramanenka");
        Rule hrynevich = person("Uladzimir Hrynevich");
        Rule putsila = new Rule("Stsiapan Putsila", List.of("Stepan Svetlov"), false);
        Rule putsilaSurname = new Rule("Stsiapan Putsila", List.of("Stepan Svetlov"), true);
        return Stream.of(
                // Latin transliterations, with and without diacritics, press spellings
                yes(bialiatski, "Ales Bialiatski freed"),
                yes(bialiatski, "Nobel laureate Ales Byalyatski released"),
                yes(bialiatski, "Court hears the case of Ales Belyatsky"),
                yes(bialiatski, "Aleś Białacki na wolności"),
                yes(bialiatski, "Ales Bialacki, laureat Nagrody Nobla"),
                yes(bialiatski, "ALES BIALIATSKI FREED"),
                yes(bialiatski, "", "The court sentenced Ales Bialiatski to ten years."),
                yes(bialiatski, "Ales Bialiatski's wife speaks"),
                // Cyrillic, Belarusian and Russian, inflected
                yes(bialiatski, "Алесь Бяляцкі вызвалены"),
                yes(bialiatski, "Жонка Алеся Бяляцкага"),
                yes(bialiatski, "Дело Алеся Беляцкого"),
                yes(bialiatski, "Приговор Алесю Беляцкому оставлен в силе"),
                yes(bialiatski, "Суд над Алесем Беляцким"),
                // Polish inflection
                yes(bialiatski, "Apel o uwolnienie Alesia Białackiego"),
                // word order and middle names
                yes(bialiatski, "Bialiatski, Ales: a biography"),
                yes(bialiatski, "Беляцкий Алесь Викторович осужден"),
                yes(bialiatski, "Ales Viktaravich Bialiatski"),
                yes(person("Bialiatski, Ales"), "Aleś Białacki"),
                yes(person("Ales Viktaravich Bialiatski"), "Алесь Бяляцкі"),
                yes(person("ales bialiatski"), "Ales Bialiatski"),
                yes(person("Алесь Бяляцкі"), "Ales Byalyatski"),
                // not him
                no(bialiatski, "Bialiatski freed"),
                no(bialiatski, "Ales Mikhalevich speaks"),
                no(bialiatski, "Andrzej Bielecki speaks"),
                no(bialiatski, "Ales Mikhalevich met the lawyers of Bialiatski"),
                no(bialiatski, "Ales", "Bialiatski"),
                no(bialiatski, "ales bialiatski freed"),

                yes(kalesnikava, "Maria Kalesnikava sentenced"),
                yes(kalesnikava, "Maria Kolesnikova sentenced"),
                yes(kalesnikava, "Maryja Kalesnikava"),
                yes(kalesnikava, "Maryia Kalesnikava plays the flute"),
                yes(kalesnikava, "Марыя Калеснікава"),
                yes(kalesnikava, "Мария Колесникова"),
                yes(kalesnikava, "Суд над Марией Колесниковой"),
                yes(kalesnikava, "Wyrok dla Marii Kalesnikawej"),
                yes(kalesnikava, "Maria Kalesnikawa"),
                yes(kalesnikava, "Мария Александровна Колесникова"),
                yes(kalesnikava, "Kolesnikova, Maria"),
                yes(person("Maria Alaksandrauna Kalesnikava"), "Maria Kalesnikava"),
                no(kalesnikava, "Kalesnikava sentenced"),
                no(kalesnikava, "Maria speaks"),
                no(kalesnikava, "Maria and her sister Tatsiana Kalesnikava"),
                no(kalesnikava, "Maria", "Kalesnikava"),
                yes(kalesnikavaSurname, "Kalesnikava sentenced"),
                yes(kalesnikavaSurname, "Колесникову перевели в колонию"),
                yes(kalesnikavaSurname, "Ліст Калеснікавай"),
                no(kalesnikavaSurname, "Kolesnikov speaks"),
                no(kalesnikavaSurname, "Калеснікаў выступіў"),
                no(kalesnikavaSurname, "Встреча с Колесниковым"),
                no(kalesnikavaSurname, "Yury Kalesnik"),
                no(kalesnikavaSurname, "Maria speaks"),

                yes(tsikhanouskaya, "Sviatlana Tsikhanouskaya in Vilnius"),
                yes(tsikhanouskaya, "Svetlana Tikhanovskaya in Vilnius"),
                yes(tsikhanouskaya, "Святлана Ціханоўская"),
                yes(tsikhanouskaya, "Светлана Тихановская"),
                yes(tsikhanouskaya, "Встреча со Светланой Тихановской"),
                yes(tsikhanouskaya, "Swiatłana Cichanouska w Warszawie"),
                yes(tsikhanouskaya, "Tsikhanouskaya, Sviatlana"),
                no(tsikhanouskaya, "Siarhei Tsikhanouski released"),
                no(tsikhanouskaya, "Tsikhanouskaya said"),
                yes(tsikhanouskayaSurname, "Tsikhanouskaya said"),
                yes(tsikhanouskayaSurname, "Письмо Тихановской"),
                no(tsikhanouskayaSurname, "Tsikhanouski released"),
                no(tsikhanouskayaSurname, "Тихановский освобожден"),
                no(tsikhanouskayaSurname, "Справа Ціханоўскага"),
                no(tsikhanouskayaSurname, "Siarhei Tsikhanouski released"),
                yes(tsikhanouski, "Сергей Тихановский"),
                yes(tsikhanouski, "Суд над Сяргеем Ціханоўскім"),
                yes(tsikhanouski, "Tikhanovsky released"),
                no(tsikhanouski, "Sviatlana Tsikhanouskaya"),
                no(tsikhanouski, "Tsikhanouskaya said"),

                yes(babaryka, "Viktar Babaryka"),
                yes(babaryka, "Viktor Babariko"),
                yes(babaryka, "Виктор Бабарико"),
                yes(babaryka, "Віктар Бабарыка"),
                yes(babaryka, "Wiktar Babaryka"),
                yes(babaryka, "Victor Babaryka"),
                yes(babaryka, "Адвокат Виктора Бабарико"),
                yes(babaryka, "Viktar and Eduard Babaryka"),
                no(babaryka, "Eduard Babaryka detained"),
                no(babaryka, "Edward Babaryka detained"),
                yes(person("Eduard Babaryka"), "Edward Babaryka detained"),
                no(babaryka, "Эдуард Бабарико задержан"),
                no(babaryka, "Babaryka's son"),
                no(babaryka, "Eduard Babaryka, son of Viktar"),

                yes(losik, "Ihar Losik"),
                yes(losik, "Игорь Лосик"),
                yes(losik, "Ігар Лосік"),
                yes(losik, "Ihar Łosik"),
                yes(losik, "Igor Losik"),
                yes(losik, "Письмо Игоря Лосика"),
                yes(losik, "Solidarność z Iharem Łosikiem"),
                yes(losik, "List do Ihara Łosika"),
                no(losik, "Darya Losik"),

                yes(zolatava, "Maryna Zolatava"),
                yes(zolatava, "Марина Золотова"),
                yes(zolatava, "Марына Золатава"),
                yes(zolatava, "Marina Zolotova"),
                yes(zolatava, "Суд над Мариной Золотовой"),
                no(zolatava, "Maria Zolatava"),

                yes(statkevich, "Mikalai Statkevich"),
                yes(statkevich, "Nikolai Statkevich"),
                yes(statkevich, "Мікалай Статкевіч"),
                yes(statkevich, "Приговор Николая Статкевича"),
                yes(statkevich, "Mikołaj Statkiewicz"),
                yes(statkevich, "Mikola Statkevich"),
                no(statkevich, "Marina Statkevich"),

                yes(protasevich, "Raman Pratasevich"),
                yes(protasevich, "Roman Protasevich"),
                yes(protasevich, "Роман Протасевич"),
                yes(protasevich, "Інтэрв'ю Рамана Пратасевіча"),
                yes(protasevich, "Rodzice Romana Protasiewicza"),
                yes(protasevich, "Protasevich, Roman"),
                no(protasevich, "Dzmitry Protasevich"),

                yes(lukashenka, "Alexander Lukashenko"),
                yes(lukashenka, "Александр Лукашенко"),
                yes(lukashenka, "Аляксандр Лукашэнка"),
                yes(lukashenka, "Aleksander Łukaszenka"),
                yes(lukashenka, "Указ Александра Лукашенко"),
                yes(lukashenka, "Lukashenko, Alexander"),
                no(lukashenka, "Viktar Lukashenka"),
                no(lukashenka, "Lukashenko said"),

                yes(zhukava, "Olga Zhukova"),
                yes(zhukava, "Ольга Жукова"),
                yes(zhukava, "Вольга Жукава"),
                yes(zhukava, "Olga Żukowa"),
                yes(zhukava, "Zhukova said"),
                no(zhukava, "Zhukov said"),
                no(zhukava, "Жукаў"),

                yes(stsiapanau, "Евгений Степанов"),
                yes(stsiapanau, "Яўген Сцяпанаў"),
                yes(stsiapanau, "Evgeny Stepanov"),
                yes(stsiapanau, "Stepanov said"),
                no(stsiapanau, "Письмо Степановой"),
                no(stsiapanau, "Stepanovskaya said"),

                yes(ramanenka, "Anna Romanenko"),
                yes(ramanenka, "Ганна Раманенка"),
                yes(ramanenka, "Анна Романенко"),
                no(ramanenka, "Ivan Romanenko"),

                yes(hrynevich, "Vladimir Grinevich"),
                yes(hrynevich, "Уладзімір Грыневіч"),
                yes(hrynevich, "Włodzimierz Hryniewicz"),
                yes(hrynevich, "Volodymyr Hrynevych"),
                no(hrynevich, "Uladzimir Hrynkevich"),

                yes(putsila, "Stepan Svetlov"),
                yes(putsila, "Степан Светлов"),
                yes(putsila, "Stsiapan Putsila"),
                no(putsila, "Svetlov said"),
                yes(putsilaSurname, "Svetlov said"),
                yes(putsilaSurname, "Putsila said"),
                no(person("Stsiapan Putsila"), "Stepan Svetlov"));
    }

    @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
    @MethodSource("table")
    void matches(Rule rule, String title, String summary, boolean expected) throws InvalidNameException {
        for (RuleIndex index : List.of(filtered, bruteForce)) {
            index.put(1, rule.compile());
            List<List<RuleHit>> hits = index.match(List.of(new MatchableItem(title, summary)));
            assertEquals(expected, !hits.get(0).isEmpty(), index == filtered ? "presearcher" : "brute force");
        }
    }

    @Test
    void reportsTheItemsOwnWords() throws InvalidNameException {
        filtered.put(1, person("Ales Bialiatski").compile());
        List<List<RuleHit>> hits = filtered.match(List.of(
                new MatchableItem("Жонка Алеся Бяляцкага", ""),
                new MatchableItem("Nobel", "Bialiatski, Ales was sentenced")));
        assertEquals(List.of("Алеся Бяляцкага"), hits.get(0).get(0).matchedTerms());
        assertEquals(List.of("Bialiatski, Ales"), hits.get(1).get(0).matchedTerms());
    }
}
