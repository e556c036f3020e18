package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** One fixture per feed format (src/test/resources/formats), and everything that comes out of it. */
class FeedFormatsTest {

    private static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");
    private final FeedParser parser = new FeedParser(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void rss090() throws Exception {
        ParsedFeed feed = parse("rss090.xml", "http://lighthouse.example.org/rss.rdf");
        assertEquals("Lighthouse Weekly", feed.title());
        assertEquals(Optional.of("http://lighthouse.example.org/"), feed.siteLink());
        assertEquals(2, feed.items().size());
        ParsedItem fogHorn = feed.items().get(0);
        assertEquals(Optional.empty(), fogHorn.guid());
        assertEquals("Fog horn replaced", fogHorn.title());
        assertEquals(Optional.of("http://lighthouse.example.org/news/fog-horn"), fogHorn.link());
        assertEquals(Optional.empty(), fogHorn.published());
        ParsedItem log = feed.items().get(1);
        assertEquals("Keeper's log & weather", log.title());
        assertEquals(Optional.of("http://lighthouse.example.org/news/log?utm_source=netscape"), log.link(),
                "relative link resolved against the feed URL, tracking parameter kept in the link");
    }

    @Test
    void rss091WithUndeclaredHtmlEntities() throws Exception {
        ParsedFeed feed = parse("rss091.xml", "http://bakery.example.net/rss.xml");
        assertEquals("Bakery Corner", feed.title());
        ParsedItem early = feed.items().get(0);
        assertEquals("Café opens at seven — with crème brûlée", early.title());
        assertEquals("From Monday the café opens at seven.", early.summaryText());
        assertEquals("<p>From Monday the café opens at <b>seven</b>.</p>", early.summaryHtml());
        assertEquals("", early.contentHtml(), "RSS 0.91 has no content element");
        assertEquals("Rye bread is back", feed.items().get(1).title());
    }

    @Test
    void rss092EnclosuresAndCategories() throws Exception {
        ParsedFeed feed = parse("rss092.xml", "https://radio.example.org/shows.xml");
        ParsedItem show = feed.items().get(0);
        assertEquals("Morning show, 4 March", show.title());
        assertEquals("Interview with the harbour master.", show.summaryText());
        assertEquals(List.of("Interviews", "Harbour"), show.categories());
        assertEquals(List.of(new ParsedEnclosure("https://cdn.radio.example.org/audio/2024-03-04.mp3",
                Optional.of("audio/mpeg"), OptionalLong.of(24_986_239))), show.enclosures());

        ParsedItem choir = feed.items().get(1);
        assertTrue(choir.title().startsWith("A recording without a title"), choir.title());
        assertEquals(List.of(new ParsedEnclosure("https://radio.example.org/audio/choir.ogg", Optional.of("audio/ogg"),
                OptionalLong.empty())), choir.enclosures(), "relative URL resolved, length 0 means unknown");
    }

    @Test
    void rss2WithContentMediaAuthorsAndOddDates() throws Exception {
        ParsedFeed feed = parse("rss2.xml", "https://river.example.com/feed.xml");
        assertEquals("River Valley News", feed.title());
        assertEquals(Optional.of("https://hub.example.net/"), feed.hubUrl());
        assertEquals(Optional.of("https://river.example.com/feed.xml"), feed.selfUrl());
        assertEquals(5, feed.items().size());

        ParsedItem barrier = feed.items().get(0);
        assertEquals(Optional.of("river-2024-118"), barrier.guid());
        assertEquals(Optional.of("https://river.example.com/news/2024/flood-barrier?utm_source=rss&utm_medium=feed"
                + "&page=2"), barrier.link(), "resolved against the channel's xml:base");
        assertEquals(Optional.of(Instant.parse("2024-03-05T14:30:00Z")), barrier.published(), "EST is UTC-5");
        assertEquals(List.of("Jonas Berg", "Mara Lind"), barrier.authors(), "dc:creator and RSS author");
        assertEquals(List.of("Flooding", "Infrastructure"), barrier.categories(), "distinct, ignoring case");
        assertEquals("The new barrier held back a metre of water…", barrier.summaryHtml());
        assertEquals("The new barrier held back a metre of water during Sunday's test. The report names the pumping"
                + " station as the weak point.", barrier.summaryText(), "the teaser is part of the content: content");
        String content = barrier.contentHtml();
        assertTrue(content.contains("<a href=\"https://river.example.com/news/barrier-report.pdf\" rel=\"nofollow"
                + " noopener\">The report</a>"), content);
        assertTrue(content.contains("<img src=\"https://river.example.com/news/images/barrier.jpg\""), content);
        assertFalse(content.contains("script"), content);
        assertEquals(Optional.of("https://river.example.com/news/images/barrier-thumb.jpg"), barrier.thumbnail());
        assertEquals(List.of(new ParsedEnclosure("https://cdn.river.example.com/video/barrier.mp4",
                Optional.of("video/mp4"), OptionalLong.of(5_242_880))), barrier.enclosures());

        ParsedItem ferry = feed.items().get(1);
        assertEquals(Optional.of("https://river.example.com/news/2024/ferry"), ferry.guid());
        assertEquals(Optional.of(Instant.parse("2024-03-05T05:15:00Z")), ferry.published(), "no day, no seconds");
        assertEquals(Optional.of("https://cdn.river.example.com/img/ferry.jpg"), ferry.thumbnail(),
                "an image media:content inside media:group");

        assertEquals(Optional.of(Instant.parse("2024-03-04T15:00:00Z")), feed.items().get(2).published(), "GMT+3");
        assertEquals(Optional.empty(), feed.items().get(3).published(), "no date: storage uses first seen");
        assertEquals(Optional.of(NOW), feed.items().get(4).published(), "the year 2100 is clamped to now");
    }

    @Test
    void rdfWithDublinCore() throws Exception {
        ParsedFeed feed = parse("rdf.xml", "https://library.example.org/rss");
        assertEquals("City Library", feed.title());
        ParsedItem poetry = feed.items().get(0);
        assertEquals(Optional.of("https://library.example.org/events/poetry"), poetry.guid(), "rdf:about");
        assertEquals(Optional.of(Instant.parse("2024-02-20T19:00:00Z")), poetry.published(), "no zone: UTC");
        assertEquals(List.of("Events Team"), poetry.authors());
        assertEquals(List.of("Events"), poetry.categories(), "dc:subject");
        assertEquals("Local poets read from new work. Tea and cake afterwards.", poetry.summaryText());
        assertEquals("<p>Local poets read from new work. Tea and <em>cake</em> afterwards.</p>",
                poetry.contentHtml());
        assertEquals(Optional.of(Instant.parse("2024-02-18T00:00:00Z")), feed.items().get(1).published(),
                "a date without time");
    }

    @Test
    void atom03() throws Exception {
        ParsedFeed feed = parse("atom03.xml", "http://rescue.example.org/atom.xml");
        assertEquals("Mountain Rescue Notes", feed.title());
        assertEquals(Optional.of("http://rescue.example.org/"), feed.siteLink());
        ParsedItem avalanche = feed.items().get(0);
        assertEquals(Optional.of("tag:rescue.example.org,2024:avalanche"), avalanche.guid());
        assertEquals(Optional.of(Instant.parse("2024-01-20T09:00:00Z")), avalanche.published(), "issued first");
        assertEquals(List.of("Station Chief"), avalanche.authors(), "inherited from the feed");
        assertEquals("Two days of training in the north valley with the dog teams.", avalanche.summaryText());
        assertEquals("<p>Two days of training in the north valley with the <b>dog teams</b>.</p>",
                avalanche.contentHtml());
        assertEquals(List.of("Radio Officer"), feed.items().get(1).authors());
    }

    @Test
    void atom10() throws Exception {
        ParsedFeed feed = parse("atom10.xml", "https://science.example.com/blog/atom.xml");
        assertEquals("Field Notes & Findings", feed.title());
        assertEquals(Optional.of("https://science.example.com/blog/"), feed.siteLink());
        assertEquals(Optional.of("https://websub.example.net/hub"), feed.hubUrl());
        assertEquals(Optional.of("https://science.example.com/blog/atom.xml"), feed.selfUrl());

        ParsedItem bats = feed.items().get(0);
        assertEquals("Bats & moths", bats.title());
        assertEquals(Optional.of("https://science.example.com/blog/posts/bats"), bats.link());
        assertEquals(Optional.of(Instant.parse("2024-02-28T20:00:00Z")), bats.published());
        assertEquals(List.of("Dr. Ana Ruiz"), bats.authors(), "inherited from the feed");
        assertEquals(List.of("Ecology", "night"), bats.categories(), "label, else term");
        assertEquals("How bats hear moths.", bats.summaryHtml());
        assertEquals("How bats hear moths. Some moths jam the sonar of bats. More on sonar.", bats.summaryText(),
                "a summary that is not part of the content comes first");
        assertEquals("<p>Some moths jam the <em>sonar</em> of bats. <a href=\"https://science.example.com/blog/posts/"
                + "sonar\" rel=\"nofollow noopener\">More on sonar</a>.</p>", bats.contentHtml(), "xhtml content");
        assertEquals(Optional.of("https://img.example.com/bats-small.jpg"), bats.thumbnail());
        assertEquals(List.of(new ParsedEnclosure("https://science.example.com/blog/audio/bats.mp3",
                Optional.of("audio/mpeg"), OptionalLong.of(1_048_576))), bats.enclosures(), "link rel=enclosure");

        ParsedItem beetles = feed.items().get(1);
        assertEquals("Counting beetles: a <b> tag is text here", beetles.title());
        assertEquals(Optional.of("https://archive.example.com/2023/beetles.html"), beetles.link(), "entry xml:base");
        assertEquals(List.of("Lee Chen", "helper@example.com"), beetles.authors());
        assertTrue(beetles.contentHtml().contains("<img src=\"https://archive.example.com/2023/beetle.png\">"),
                beetles.contentHtml());
        assertEquals(beetles.contentHtml(), beetles.summaryHtml(), "no summary: the content stands in");

        ParsedItem notes = feed.items().get(2);
        assertEquals("Line one with a <tag> line two.", notes.summaryText());
        assertEquals("Line one with a &lt;tag&gt;<br>line two.", notes.contentHtml(), "type=text is literal");
    }

    @Test
    void jsonFeed10() throws Exception {
        ParsedFeed feed = parse("jsonfeed10.json", "https://pond.example.org/feed.json");
        assertEquals("Garden Pond Diary", feed.title());
        assertEquals(Optional.of("https://pond.example.org/"), feed.siteLink());
        assertEquals(Optional.of("https://pond.example.org/feed.json"), feed.selfUrl());
        assertEquals(2, feed.items().size());

        ParsedItem frogs = feed.items().get(0);
        assertEquals(Optional.of("2"), frogs.guid(), "a numeric id is read as a string");
        assertEquals(Optional.of("https://pond.example.org/2024/frogs?utm_campaign=spring"), frogs.link());
        assertEquals("The frogs are back", frogs.title());
        assertEquals(Optional.of(Instant.parse("2024-03-02T06:45:00Z")), frogs.published());
        assertEquals("First frogspawn of the year.", frogs.summaryHtml());
        assertEquals("First frogspawn of the year, three weeks early. Photos.", frogs.summaryText());
        assertEquals("<p>First frogspawn of the year, three weeks early. <a href=\"https://pond.example.org/2024/"
                + "frogspawn-photos\" rel=\"nofollow noopener\">Photos</a>.</p>", frogs.contentHtml(),
                "relative link resolved, iframe dropped");
        assertEquals(List.of("Iris Moss"), frogs.authors(), "1.0's single feed author, inherited");
        assertEquals(List.of("frogs", "spring"), frogs.categories());
        assertEquals(Optional.of("https://pond.example.org/img/frogs.jpg"), frogs.thumbnail());
        assertEquals(List.of(new ParsedEnclosure("https://pond.example.org/audio/frogs.m4a",
                Optional.of("audio/x-m4a"), OptionalLong.of(89_970))), frogs.enclosures());

        ParsedItem linkPost = feed.items().get(1);
        assertEquals(Optional.of("https://news.example.com/ponds-and-climate"), linkPost.link(), "external_url");
        assertEquals("A link to an article about ponds. Worth reading.", linkPost.title(), "from the text");
        assertEquals("A link to an article about ponds.<br>Worth reading.", linkPost.contentHtml());
        assertEquals(Optional.of(Instant.parse("2024-02-27T10:00:00Z")), linkPost.published(), "date_modified");
    }

    @Test
    void jsonFeed11() throws Exception {
        ParsedFeed feed = parse("jsonfeed11.json", "https://sky.example.net/feed.json");
        assertEquals("Night Sky <Observations>", feed.title(), "JSON Feed titles are plain text");
        assertEquals(Optional.of("https://hub.example.net/websub"), feed.hubUrl(), "the WebSub hub, not rssCloud");
        assertEquals(2, feed.items().size(), "a string and an empty object are not items");

        ParsedItem comet = feed.items().get(0);
        assertEquals(Optional.of("https://sky.example.net/2024/comet"), comet.guid());
        assertEquals(Optional.of("https://sky.example.net/2024/comet"), comet.link(), "relative url resolved");
        assertEquals(Optional.of(Instant.parse("2024-03-03T19:30:00Z")), comet.published(), "published first");
        assertEquals(List.of("Nadia Petrova", "https://sky.example.net/people/tom"), comet.authors());
        assertEquals("Look west after sunset: the comet is at magnitude 6.", comet.summaryText());
        assertEquals(Optional.of("https://sky.example.net/img/comet-banner.jpg"), comet.thumbnail(), "banner_image");

        ParsedItem meteor = feed.items().get(1);
        assertEquals(List.of("Observatory Staff"), meteor.authors(), "1.1's feed authors, inherited");
        assertEquals(Optional.of(Instant.parse("2024-03-01T21:00:00Z")), meteor.published());
        assertEquals(List.of(new ParsedEnclosure("https://sky.example.net/maps/radiant.png", Optional.of("image/png"),
                OptionalLong.empty())), meteor.enclosures(), "javascript: dropped, type parameters dropped");
    }

    private ParsedFeed parse(String file, String feedUri) throws Exception {
        return parser.parse(fixture(file), Optional.empty(), URI.create(feedUri));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedFormatsTest.class.getResourceAsStream("/formats/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }
}
