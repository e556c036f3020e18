package org.feedwatch.rule.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.feedwatch.match.MatchableItem;
import org.feedwatch.match.RuleHit;
import org.feedwatch.match.RuleIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The topics that ship in server-config/topics, matched through the real rule index against headlines. */
class ShippedTopicsTest {

    private static final Path SHIPPED = Path.of("server-config", "topics");
    private static final List<String> NAMES = List.of("political-prisoners", "potash", "sanctions");
    private static RuleIndex index;

    @BeforeAll
    static void load() {
        TopicFiles.Snapshot snapshot = TopicFiles.read(SHIPPED);
        assertEquals(List.of(), snapshot.problems());
        assertEquals(NAMES, List.copyOf(snapshot.topics().keySet()));
        index = new RuleIndex();
        for (int i = 0; i < NAMES.size(); i++) {
            index.put(i, snapshot.topics().get(NAMES.get(i)).compiled());
        }
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            EU adopts new sanctions on Belarusian banks                                      | sanctions
            US Treasury sanctioned three shipping firms                                      | sanctions
            Brussels widens embargo on dual-use goods                                        | sanctions
            Council extends restrictive measures against Minsk regime                        | sanctions
            Asset freeze hits Lukashenka's associates                                        | sanctions
            Евросоюз ввёл новые санкции против Беларуси                                      | sanctions
            ЗША ўвялі санкцыі супраць беларускіх прадпрыемстваў                               | sanctions
            UEFA sanctions club after racist chanting at football match                      | -
            Athlete sanctioned for doping violation                                          | -
            Political prisoner Ihar Losik released after five years                          | political-prisoners
            Court in Gomel sentenced the journalist to eight years in a penal colony          | political-prisoners
            Opposition activist detained at the border                                       | political-prisoners
            Lukashenka pardons 52 political prisoners                                        | political-prisoners
            Viasna counts 1,100 people behind bars                                           | political-prisoners
            В Беларуси освобождены политзаключенные                                          | political-prisoners
            Колькасць палітвязняў у Беларусі перавысіла тысячу                               | political-prisoners
            Police detain suspect in jewellery theft                                         | -
            Prison reform debated in parliament                                              | -
            Belaruskali resumes potash exports via Russian ports                             | potash
            Fertilizer prices fall as potash supply grows                                    | potash
            Беларуськалий нарастил экспорт калийных удобрений                                | potash
            EU sanctions on potash from Belarus extended                                     | potash,sanctions
            Weather forecast for Minsk                                                       | -
            """)
    void topicsMatchWhatTheyDescribe(String headline, String expected) {
        Set<String> want = expected.equals("-") ? Set.of() : Set.of(expected.split(","));
        List<RuleHit> hits = index.match(List.of(new MatchableItem(headline, ""))).get(0);
        Set<String> got = Set.copyOf(hits.stream().map(h -> NAMES.get((int) h.ruleId())).toList());
        assertEquals(want, got, headline);
    }

    @Test
    void matchesTheBodyTextToo() {
        List<RuleHit> hits = index.match(List.of(new MatchableItem("Morning briefing",
                "Among other news, the EU froze assets and imposed an embargo on Belarusian steel."))).get(0);
        assertEquals(List.of(2L), hits.stream().map(RuleHit::ruleId).toList());
    }
}
