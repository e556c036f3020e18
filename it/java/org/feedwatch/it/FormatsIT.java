package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feed formats end to end: a JSON Feed and a windows-1251 RSS feed behind a lying Content-Type, polled from the local
 * feed server and read back through GET /api/feeds/{id}/items; an item the feed updates is revised, not alerted twice.
 */
@ExtendWith(ArquillianExtension.class)
class FormatsIT {

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void storesAJsonFeedWithItsContent() {
        String path = "/formats-" + run + ".json";
        feeds.serve(path, """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Pond diary %s",
                 "authors": [{"name": "Iris Moss"}],
                 "items": [
                   {"id": "%s-frogs", "url": "/2024/frogs?utm_source=json", "title": "The frogs are back",
                    "summary": "First frogspawn.",
                    "content_html": "<p>Frogspawn in the <b>north pond</b>.</p><script>alert(1)</script>",
                    "image": "https://pond.example.org/img/frogs.jpg", "tags": ["frogs", "spring"],
                    "date_published": "2024-03-02T07:45:00+01:00",
                    "attachments": [{"url": "https://pond.example.org/frogs.m4a", "mime_type": "audio/x-m4a",
                                     "size_in_bytes": 89970}]},
                   {"id": "%s-undated", "content_text": "A note without title or date."}
                 ]}
                """.formatted(run, run, run), "application/feed+json");
        long subscriber = api.addSubscriber("ponds-" + run + "@example.org");
        long bodyRule = api.addKeywordRule(subscriber, "North pond", "\"north pond\"");   // only in content_html
        long feedId = api.addFeed(feeds.url(path));
        JsonObject polled = api.poll(feedId);
        assertEquals("OK", polled.getString("status"), polled.toString());
        assertEquals(2, polled.getInt("newItems"));
        assertEquals(1, polled.getInt("newMatches"), "rules match the body text: " + polled);
        JsonObject match = Api.array(api.get("/api/subscribers/" + subscriber + "/matches")).getJsonObject(0);
        assertEquals(bodyRule, match.getJsonNumber("ruleId").longValue());
        assertEquals("Pond diary " + run, Api.object(api.get("/api/feeds/" + feedId)).getString("title"));

        JsonArray items = Api.array(api.get("/api/feeds/" + feedId + "/items"));
        assertEquals(2, items.size());
        JsonObject frogs = byGuid(items, run + "-frogs");
        assertEquals("The frogs are back", frogs.getString("title"));
        assertEquals(feeds.url("/2024/frogs?utm_source=json"), frogs.getString("link"), "resolved, utm kept");
        assertEquals("First frogspawn. Frogspawn in the north pond.", frogs.getString("summaryText"));
        assertEquals("First frogspawn.", frogs.getString("summaryHtml"));
        assertEquals("<p>Frogspawn in the <b>north pond</b>.</p>", frogs.getString("contentHtml"));
        assertEquals(List.of("Iris Moss"), strings(frogs.getJsonArray("authors")));
        assertEquals(List.of("frogs", "spring"), strings(frogs.getJsonArray("categories")));
        assertEquals("https://pond.example.org/img/frogs.jpg", frogs.getString("thumbnailUrl"));
        JsonObject audio = frogs.getJsonArray("enclosures").getJsonObject(0);
        assertEquals("https://pond.example.org/frogs.m4a", audio.getString("url"));
        assertEquals("audio/x-m4a", audio.getString("mediaType"));
        assertEquals(89970, audio.getJsonNumber("length").longValue());
        assertEquals("2024-03-02T06:45:00Z", frogs.getString("publishedAt"));

        JsonObject undated = byGuid(items, run + "-undated");
        assertEquals("A note without title or date.", undated.getString("title"));
        assertEquals(undated.getString("firstSeenAt"), undated.getString("publishedAt"), "no date: first seen");
    }

    @Test
    void readsWindows1251BehindALyingContentType() {
        String path = "/formats-" + run + "-cp1251.xml";
        String rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Новости Минска " + run
                + "</title><link>https://minsk.example.by/</link><description>Главное</description>"
                + "<item><guid>" + run + "-snow</guid><title>Снег в Минске</title>"
                + "<link>https://minsk.example.by/snow</link>"
                + "<description>Ожидается до двадцати сантиметров снега.</description>"
                + "<pubDate>Tue, 05 Mar 2024 09:30 +0300</pubDate></item></channel></rss>";
        feeds.serve(path, rss.getBytes(Charset.forName("windows-1251")), "application/rss+xml; charset=ISO-8859-1");
        String email = "cyrillic-" + run + "@example.org";
        long subscriber = api.addSubscriber(email);
        long rule = api.addKeywordRule(subscriber, "Снег", "снег");

        long feedId = api.addFeed(feeds.url(path));
        JsonObject polled = api.poll(feedId);
        assertEquals("OK", polled.getString("status"), polled.toString());
        assertEquals(1, polled.getInt("newMatches"), polled.toString());

        assertEquals("Новости Минска " + run, Api.object(api.get("/api/feeds/" + feedId)).getString("title"));
        JsonObject snow = Api.array(api.get("/api/feeds/" + feedId + "/items")).getJsonObject(0);
        assertEquals("Снег в Минске", snow.getString("title"));
        assertEquals("Ожидается до двадцати сантиметров снега.", snow.getString("summaryText"));
        assertEquals("2024-03-05T06:30:00Z", snow.getString("publishedAt"));
        JsonObject match = Api.array(api.get("/api/subscribers/" + subscriber + "/matches")).getJsonObject(0);
        assertEquals(rule, match.getJsonNumber("ruleId").longValue());
        assertTrue(strings(match.getJsonArray("matchedTerms")).contains("Снег"), match.toString());
    }

    @Test
    void anUpdatedItemIsRevisedWithoutASecondAlert() {
        String path = "/formats-" + run + "-updates.xml";
        String email = "updates-" + run + "@example.org";
        long subscriber = api.addSubscriber(email);
        long floodRule = api.addKeywordRule(subscriber, "Flood", "flood");
        long evacuationRule = api.addKeywordRule(subscriber, "Evacuation", "evacuation");
        feeds.serve(path, FeedServer.rss("Updates " + run, FeedServer.item(run + "-flood",
                "Flood warning for the river", "The water is rising.")), "application/rss+xml");
        long feedId = api.addFeed(feeds.url(path));
        JsonObject first = api.poll(feedId);
        assertEquals(1, first.getInt("newItems"), first.toString());
        assertEquals(1, first.getInt("newMatches"), first.toString());

        // Same guid, new title and text: still about floods (no second alert), now also about an evacuation.
        feeds.serve(path, FeedServer.rss("Updates " + run, FeedServer.item(run + "-flood",
                "Flood warning extended to Friday", "The water is rising; evacuation of the lower town begins.")),
                "application/rss+xml");
        JsonObject second = api.poll(feedId);
        assertEquals("OK", second.getString("status"), second.toString());
        assertEquals(0, second.getInt("newItems"), second.toString());
        assertEquals(1, second.getInt("updatedItems"), second.toString());
        assertEquals(1, second.getInt("newMatches"), "only the rule the new text newly satisfies: " + second);

        JsonArray matches = Api.array(api.get("/api/subscribers/" + subscriber + "/matches"));
        assertEquals(2, matches.size(), matches.toString());
        Set<Long> rules = matches.stream().map(JsonValue::asJsonObject)
                .map(m -> m.getJsonNumber("ruleId").longValue()).collect(Collectors.toSet());
        assertEquals(Set.of(floodRule, evacuationRule), rules);
        Set<Long> itemIds = matches.stream().map(JsonValue::asJsonObject)
                .map(m -> m.getJsonNumber("itemId").longValue()).collect(Collectors.toSet());
        assertEquals(1, itemIds.size(), "one item, revised in place");

        JsonArray items = Api.array(api.get("/api/feeds/" + feedId + "/items"));
        assertEquals(1, items.size());
        assertEquals("Flood warning extended to Friday", items.getJsonObject(0).getString("title"));
        assertNotNull(items.getJsonObject(0).getString("updatedAt", null), items.toString());

        // The same text again under a new ETag (only the channel title changed): nothing to revise, nothing to send.
        feeds.serve(path, FeedServer.rss("Updates " + run + " (renamed)", FeedServer.item(run + "-flood",
                "Flood warning extended to Friday", "The water is rising; evacuation of the lower town begins.")),
                "application/rss+xml");
        JsonObject third = api.poll(feedId);
        assertEquals("OK", third.getString("status"), third.toString());
        assertEquals(0, third.getInt("updatedItems"), third.toString());
        assertEquals(0, third.getInt("newMatches"), third.toString());
        assertEquals(2, Api.array(api.get("/api/subscribers/" + subscriber + "/matches")).size());
    }

    private static JsonObject byGuid(JsonArray items, String guid) {
        return items.stream().map(JsonValue::asJsonObject).filter(i -> guid.equals(i.getString("guid", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + guid + " in " + items));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }
}
