package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The poll hints FeedParser reads from the feed document. */
class PollHintsParsingTest {

    private static final String SY = "http://purl.org/rss/1.0/modules/syndication/";
    private final FeedParser parser = new FeedParser(Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"),
            ZoneOffset.UTC));

    @Test
    void readsTtlSkipHoursAndSkipDaysOfRss2() throws Exception {
        // Hour 24 is RSS 0.91's midnight. (Rome refuses the whole feed for an hour above 24 or an unknown day.)
        PollHints hints = hints("<rss version=\"2.0\"><channel><title>t</title><ttl>90</ttl>"
                + "<skipHours><hour>0</hour><hour>1</hour><hour>24</hour></skipHours>"
                + "<skipDays><day>Saturday</day><day>sunday</day></skipDays>"
                + "</channel></rss>");
        assertEquals(Optional.of(Duration.ofMinutes(90)), hints.ttl());
        assertEquals(Set.of(0, 1), hints.skipHours());
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), hints.skipDays());
        assertEquals(Optional.empty(), hints.updatePeriod());
    }

    @Test
    void readsTheSyndicationModuleInRss2() throws Exception {
        PollHints hints = hints("<rss version=\"2.0\" xmlns:sy=\"" + SY + "\"><channel><title>t</title>"
                + "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>"
                + "</channel></rss>");
        assertEquals(Optional.of(Duration.ofMinutes(30)), hints.updatePeriod());
    }

    @Test
    void readsTheSyndicationModuleInRss1() throws Exception {
        PollHints hints = hints("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:sy=\"" + SY + "\">"
                + "<channel rdf:about=\"https://example.org/\"><title>t</title><link>https://example.org/</link>"
                + "<description>d</description><sy:updatePeriod>daily</sy:updatePeriod></channel></rdf:RDF>");
        assertEquals(Optional.of(Duration.ofDays(1)), hints.updatePeriod());
    }

    @Test
    void readsTheSyndicationModuleInAtom() throws Exception {
        PollHints hints = hints("<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:sy=\"" + SY + "\">"
                + "<title>t</title><id>urn:x</id><updated>2026-11-18T09:00:00Z</updated>"
                + "<sy:updatePeriod>weekly</sy:updatePeriod><sy:updateFrequency>7</sy:updateFrequency></feed>");
        assertEquals(Optional.of(Duration.ofDays(1)), hints.updatePeriod());
    }

    @Test
    void aFeedWithoutHintsHasNone() throws Exception {
        assertEquals(PollHints.NONE, hints("<rss version=\"2.0\"><channel><title>t</title></channel></rss>"));
        assertEquals(PollHints.NONE, hints("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                + "<id>urn:x</id><updated>2026-11-18T09:00:00Z</updated></feed>"));
    }

    @Test
    void readsSyPeriodsAndIgnoresNonsense() {
        assertEquals(Optional.empty(), PollHintsReader.period(null, null));
        assertEquals(Optional.of(Duration.ofHours(12)), PollHintsReader.period(null, "2"));
        assertEquals(Optional.of(Duration.ofDays(30)), PollHintsReader.period("Monthly", "0"));
        assertEquals(Optional.of(Duration.ofDays(365)), PollHintsReader.period("yearly", "often"));
        assertEquals(Optional.empty(), PollHintsReader.period("fortnightly", "1"));
        assertEquals(Optional.empty(), PollHintsReader.period(null, "often"), "nothing readable, nothing guessed");
        assertEquals(Optional.empty(), PollHintsReader.period(null, "0"));
    }

    private PollHints hints(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), Optional.of("application/xml"),
                URI.create("https://example.org/feed")).pollHints();
    }
}
