package org.feedwatch.digest;

import static org.feedwatch.digest.Fixtures.feed;
import static org.feedwatch.digest.Fixtures.item;
import static org.feedwatch.digest.Fixtures.match;
import static org.feedwatch.digest.Fixtures.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.Item;
import org.feedwatch.match.Match;
import org.junit.jupiter.api.Test;

/**
 * One realistic digest (a newsroom following Belarusian political prisoners and sanctions, in three languages),
 * written to target/digest-sample.html, -online.html and .txt for a look in a browser and a mail client.
 */
class DigestSampleTest {

    private static final Map<Long, String> RULES = Map.of(1L, "Ales Bialiatski", 2L, "Political prisoners in Belarus",
            3L, "Sanctions: Belaruskali & potash");

    static List<Match> matches() {
        Feed viasna = feed(1, "Вясна — праваабарончы цэнтр");
        Feed monitor = feed(2, "Minsk Rights Monitor");
        Feed desk = feed(3, "World Desk");
        Feed wire = feed(4, "Baltic Wire");
        Feed meduza = feed(5, "Новости Беларуси");
        String freedText = "Nobel Peace Prize laureate Ales Bialiatski was released from a penal colony and driven "
                + "to the Lithuanian border on Saturday, his wife said, after more than four years in prison.";
        Item freed = item(1, monitor, "Ales Bialiatski released from prison, crosses into Lithuania", freedText,
                "https://monitor.example.org/2025/12/13/bialiatski-released", at("13T06:12:00"));
        Item freedWire = item(2, wire, "Ales Bialiatski released from prison, crosses into Lithuania", freedText,
                "https://wire.example.com/europe/belarus-bialiatski", at("13T06:48:00"));
        Item freedDesk = item(3, desk, "Ales Bialiatski released from prison, crosses into Lithuania", freedText,
                "https://world.example.com/news/bialiatski", at("13T07:30:00"));
        Item viasnaItem = item(4, viasna, "Алеся Бяляцкага вызвалілі: першыя словы на волі",
                "Старшыня «Вясны» Алесь Бяляцкі выйшаў на волю і падзякаваў усім, хто падтрымліваў палітвязняў.",
                "https://spring96.example.org/be/news/123", at("13T08:05:00"));
        Item list = item(5, monitor, "Number of political prisoners in Belarus falls below 1,100",
                "Rights groups count 1,093 political prisoners after the latest releases; 31 were added this month.",
                "https://monitor.example.org/2025/12/12/count", at("12T17:20:00"));
        Item potash = item(6, desk, "EU widens sanctions on Belaruskali potash transit",
                "The new package closes the remaining rail route for Belaruskali fertiliser through the EU.",
                "https://world.example.com/news/potash", at("13T09:40:00"));
        Item ru = item(7, meduza, "Беляцкого освободили вместе с ещё 51 политзаключённым",
                "По данным правозащитников, вместе с Алесем Беляцким освобождены ещё 51 человек.",
                "https://news-by.example.net/2025/12/13/release", at("13T10:10:00"));
        Item trial = item(8, monitor, "Journalist sentenced to six years for \"extremism\" in Hrodna",
                "A court in Hrodna sentenced the freelance journalist to six years in a penal colony.",
                "https://monitor.example.org/2025/12/12/trial", at("12T11:05:00"));
        Item shipping = item(9, wire, "Lithuania keeps Klaipėda closed to Belarusian fertiliser",
                "Lithuania will not reopen the Klaipėda port to Belaruskali potash, the transport minister said.",
                "https://wire.example.com/europe/klaipeda", at("12T08:30:00"));
        return List.of(
                match(freed, 1, List.of("Ales Bialiatski"), List.of("Ales Bialiatski"),
                        "Nobel Peace Prize laureate Ales Bialiatski was released from a penal colony …"),
                match(freed, 2, List.of("political prisoner"), List.of(), ""),
                match(freedWire, 1, List.of("Ales Bialiatski"), List.of("Ales Bialiatski"), ""),
                match(freedDesk, 1, List.of("Ales Bialiatski"), List.of("Ales Bialiatski"), ""),
                match(viasnaItem, 1, List.of("Алеся Бяляцкага", "Алесь Бяляцкі"), List.of("Ales Bialiatski"),
                        "Старшыня «Вясны» Алесь Бяляцкі выйшаў на волю і падзякаваў усім, хто падтрымліваў палітвязняў."),
                match(ru, 1, List.of("Беляцкого", "Алесем Беляцким"), List.of("Ales Bialiatski"), ""),
                match(ru, 2, List.of("политзаключённым"), List.of("political prisoners"), ""),
                match(list, 2, List.of("political prisoners"), List.of(), ""),
                match(potash, 3, List.of("Belaruskali", "potash"), List.of(), ""),
                match(trial, 2, List.of("penal colony"), List.of("political prisoners"), ""),
                match(shipping, 3, List.of("Belaruskali", "potash"), List.of(), ""));
    }

    private static Instant at(String time) {
        return Instant.parse("2025-12-" + time + "Z");
    }

    @Test
    void rendersARealisticDigestForALookInABrowser() throws Exception {
        DigestComposer composer = Fixtures.composer();
        TemplateRenderer renderer = new TemplateRenderer(Optional.empty());
        String archiveId = "0b9a3c62-5f0e-3d51-9a43-2f2f0e5f1a77";
        DigestView mail = composer.compose(subscriber(7, "Europe/Minsk"), matches(), RULES,
                Instant.parse("2025-12-13T11:00:00Z"), DigestKind.DAILY, archiveId, 5);
        DigestView web = composer.compose(subscriber(7, "Europe/Minsk"), matches(), RULES,
                Instant.parse("2025-12-13T11:00:00Z"), DigestKind.DAILY, archiveId, Integer.MAX_VALUE);
        RenderedDigest rendered = renderer.renderDigest(mail);

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/digest-sample.html"), rendered.html(), StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/digest-sample.txt"), rendered.text(), StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/digest-sample-online.html"), renderer.renderWebPage(web),
                StandardCharsets.UTF_8);

        assertEquals("7 new stories: Ales Bialiatski, Sanctions: Belaruskali & potash and 1 more rule", mail.subject());
        assertEquals(5, mail.entryCount());
        assertEquals(2, mail.moreCount());
        DigestEntry lead = mail.sections().get(0).entries().stream()
                .filter(e -> e.title().startsWith("Ales Bialiatski released")).findFirst().orElseThrow();
        assertEquals("13 Dec 2025, 09:12", lead.publishedAt(), "Minsk is UTC+3");
        assertEquals(List.of("Baltic Wire", "World Desk"), lead.alsoReportedBy().stream().map(AlsoReported::source).toList());
        assertTrue(rendered.html().contains(">Read all 7 stories online</a>"), rendered.html());
        assertTrue(rendered.text().contains("Also reported by:\n  - Baltic Wire\n    https://wire.example.com/"), rendered.text());
    }
}
