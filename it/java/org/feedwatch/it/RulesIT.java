package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every rule type saved through the API, matched against items polled from a local feed that mixes English,
 * Russian and Belarusian news; and trying rules before saving them.
 */
@ExtendWith(ArquillianExtension.class)
class RulesIT {

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    /** guid suffix → title, summary */
    private static final Map<String, String[]> NEWS = new TreeMap<>(Map.of(
            "en-bialiatski", new String[] {"Nobel laureate Ales Byalyatski freed",
                    "The founder of Viasna was released after years in a penal colony."},
            "ru-bialiatski", new String[] {"Алеся Беляцкого освободили из колонии",
                    "Правозащитник Алесь Беляцкий вышел на свободу."},
            "by-bialiatski", new String[] {"Алесь Бяляцкі на волі",
                    "Праваабаронца Алесь Бяляцкі вызвалены; сустрэча з Марыяй Калеснікавай."},
            "namesake", new String[] {"Belyatsky family reunion in Grodno",
                    "Piotr Belyatsky, a farmer, celebrated his birthday."},
            "potash", new String[] {"Belaruskali potash exports recover",
                    "Fertiliser shipments through Russian ports grew."},
            "weather", new String[] {"Snow expected in Minsk", "Heavy snow on Tuesday."}));

    private long pollNews() {
        String path = "/rules-" + run + ".xml";
        String[] items = NEWS.entrySet().stream().map(e -> FeedServer.item(run + "-" + e.getKey(),
                e.getValue()[0], e.getValue()[1])).toArray(String[]::new);
        feeds.serve(path, FeedServer.rss("Rules test " + run, items), "application/rss+xml");
        long feedId = api.addFeed(feeds.url(path));
        JsonObject polled = api.poll(feedId);
        assertEquals("OK", polled.getString("status"), polled.toString());
        assertEquals(NEWS.size(), polled.getInt("newItems"));
        return feedId;
    }

    /** rule id → the guid suffixes of the items it matched */
    private Map<Long, Set<String>> matchesOf(long subscriber) {
        Map<Long, Set<String>> byRule = new TreeMap<>();
        for (JsonValue value : Api.array(api.get("/api/subscribers/" + subscriber + "/matches"))) {
            JsonObject match = value.asJsonObject();
            byRule.computeIfAbsent(match.getJsonNumber("ruleId").longValue(), r -> new TreeSet<>())
                    .add(match.getString("guid").substring(run.length() + 1));
        }
        return byRule;
    }

    @Test
    void keywordAndTopicRulesMatchPolledItemsAndAnEditAppliesToNewItems() {
        long subscriber = api.addSubscriber("rules-" + run + "@example.org");
        long keyword = api.addRule(subscriber, Json.createObjectBuilder().add("type", "keyword")
                .add("query", "Беляцкого OR Бяляцкі").build());
        long topic = api.addRule(subscriber, Json.createObjectBuilder().add("type", "topic")
                .add("topic", "potash").build());
        JsonObject topicRule = Api.object(api.get("/api/subscribers/" + subscriber + "/rules/" + topic));
        assertEquals("Potash and fertilisers", topicRule.getString("name"));

        pollNews();

        Map<Long, Set<String>> matched = matchesOf(subscriber);
        assertEquals(Set.of("ru-bialiatski", "by-bialiatski"), matched.get(keyword));
        assertEquals(Set.of("potash"), matched.get(topic));
        JsonObject potash = Api.array(api.get("/api/subscribers/" + subscriber + "/matches")).stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getJsonNumber("ruleId").longValue() == topic)
                .findFirst().orElseThrow();
        assertEquals(Set.of("Belaruskali", "potash", "Fertiliser"), Set.copyOf(potash.getJsonArray("matchedTerms")
                .getValuesAs(jakarta.json.JsonString::getString)), potash.toString());
        assertEquals("Fertiliser shipments through Russian ports grew.", potash.getString("snippet"));

        HttpResponse<String> edited = api.put("/api/subscribers/" + subscriber + "/rules/" + keyword,
                Json.createObjectBuilder().add("type", "keyword").add("query", "snow").build().toString());
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(Api.object(edited).getJsonObject("definition").getString("query").equals("snow"));
        HttpResponse<String> badEdit = api.put("/api/subscribers/" + subscriber + "/rules/" + keyword,
                Json.createObjectBuilder().add("type", "keyword").add("query", "snow AND (").build().toString());
        assertEquals(400, badEdit.statusCode(), badEdit.body());
        assertEquals("query", Api.object(badEdit).getString("field"));
        assertTrue(Api.object(api.get("/api/subscribers/" + subscriber + "/rules/" + keyword))
                .getJsonObject("definition").getString("query").equals("snow"), "a refused edit leaves the rule as it was");
    }

    @Test
    void personAndWatchlistRulesFindPeopleAcrossScriptsButNotNamesakes() {
        long subscriber = api.addSubscriber("people-" + run + "@example.org");
        long person = api.addRule(subscriber, Json.createObjectBuilder().add("type", "person")
                .add("name", "Ales Bialiatski").build());
        HttpResponse<String> created = api.post("/api/subscribers/" + subscriber + "/rules",
                Json.createObjectBuilder().add("type", "watchlist").add("name", "Prisoners")
                        .add("csv", "name,aliases\nAles Bialiatski\nMadonna\nMaria Kalesnikava,Мария Колесникова\n")
                        .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject watchlist = Api.object(created);
        long list = watchlist.getJsonNumber("id").longValue();
        assertEquals(2, watchlist.getJsonObject("definition").getJsonArray("people").size());
        assertEquals(1, watchlist.getJsonObject("definition").getInt("skippedCount"));
        assertEquals(3, watchlist.getJsonObject("definition").getJsonArray("skipped").getJsonObject(0).getInt("line"));

        pollNews();

        Map<Long, Set<String>> matched = matchesOf(subscriber);
        Set<String> bialiatski = Set.of("en-bialiatski", "ru-bialiatski", "by-bialiatski");
        assertEquals(bialiatski, matched.get(person), "not the namesake Piotr Belyatsky");
        assertEquals(bialiatski, matched.get(list));
        Map<String, JsonObject> byGuid = new TreeMap<>();
        Api.array(api.get("/api/subscribers/" + subscriber + "/matches")).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("ruleId").longValue() == list)
                .forEach(m -> byGuid.put(m.getString("guid").substring(run.length() + 1), m));
        JsonObject russian = byGuid.get("ru-bialiatski");
        assertEquals(List.of("Ales Bialiatski"), strings(russian.getJsonArray("meanings")), russian.toString());
        assertTrue(strings(russian.getJsonArray("matchedTerms")).contains("Алеся Беляцкого"), russian.toString());
        JsonObject belarusian = byGuid.get("by-bialiatski");
        assertEquals(Set.of("Ales Bialiatski", "Maria Kalesnikava"),
                Set.copyOf(strings(belarusian.getJsonArray("meanings"))), belarusian.toString());

        HttpResponse<String> reimported = api.put("/api/subscribers/" + subscriber + "/rules/" + list,
                Json.createObjectBuilder().add("type", "watchlist").add("name", "Prisoners")
                        .add("csv", "Maria Kalesnikava\n").build().toString());
        assertEquals(200, reimported.statusCode(), reimported.body());
        assertEquals(1, Api.object(reimported).getJsonObject("definition").getJsonArray("people").size());
        HttpResponse<String> empty = api.put("/api/subscribers/" + subscriber + "/rules/" + list,
                Json.createObjectBuilder().add("type", "watchlist").add("csv", "Madonna\n").build().toString());
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals("csv", Api.object(empty).getString("field"));
    }

    @Test
    void watchlistsCanBeSentAsFiles() {
        long subscriber = api.addSubscriber("files-" + run + "@example.org");
        byte[] csv = "name\nAles Bialiatski\nIhar Losik\nMadonna\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> plain = api.send("POST", "/api/subscribers/" + subscriber
                + "/rules?name=Prisoners&surnameAlone=false", "text/csv; charset=utf-8", csv);
        assertEquals(201, plain.statusCode(), plain.body());
        JsonObject rule = Api.object(plain);
        assertEquals("Prisoners", rule.getString("name"));
        assertEquals(2, rule.getJsonObject("definition").getJsonArray("people").size());
        assertEquals(4, rule.getJsonObject("definition").getJsonArray("skipped").getJsonObject(0).getInt("line"));

        String boundary = "----feedwatch" + run;
        byte[] form = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nUploaded\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nMaria Kalesnikava,Мария Колесникова\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = api.send("POST", "/api/subscribers/" + subscriber + "/rules",
                "multipart/form-data; boundary=" + boundary, form);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertEquals("Uploaded", Api.object(uploaded).getString("name"));

        long id = rule.getJsonNumber("id").longValue();
        HttpResponse<String> reimported = api.send("PUT", "/api/subscribers/" + subscriber + "/rules/" + id,
                "text/csv", "Ihar Losik\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reimported.statusCode(), reimported.body());
        assertEquals("Prisoners", Api.object(reimported).getString("name"));
        assertEquals(1, Api.object(reimported).getJsonObject("definition").getJsonArray("people").size());

        HttpResponse<String> latin1 = api.send("POST", "/api/subscribers/" + subscriber + "/rules", "text/csv",
                "Aleś Białacki\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, latin1.statusCode(), latin1.body());
        assertEquals("csv", Api.object(latin1).getString("field"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString::getString);
    }

    @Test
    void testAndPreviewValidateLikeSavingAndShowWhy() {
        pollNews();
        JsonObject rule = Json.createObjectBuilder().add("type", "keyword").add("query", "snow AROUND(2) Minsk").build();
        JsonObject yes = Api.object(api.post("/api/rules/test", Json.createObjectBuilder().add("rule", rule)
                .add("title", "Snow in Minsk tonight").build().toString()));
        assertTrue(yes.getBoolean("matched"), yes.toString());
        assertEquals(Set.of("Snow", "Minsk"), Set.copyOf(yes.getJsonArray("highlights")
                .getValuesAs(jakarta.json.JsonString::getString)));
        JsonObject no = Api.object(api.post("/api/rules/test", Json.createObjectBuilder().add("rule", rule)
                .add("title", "Snow in Vilnius, sun in Minsk and in Brest").build().toString()));
        assertFalse(no.getBoolean("matched"), no.toString());

        HttpResponse<String> invalid = api.post("/api/rules/test", Json.createObjectBuilder()
                .add("rule", Json.createObjectBuilder().add("type", "keyword").add("query", "snow \"Minsk"))
                .add("title", "x").build().toString());
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertEquals("rule.query", Api.object(invalid).getString("field"));
        assertEquals(5, Api.object(invalid).getInt("position"));
        HttpResponse<String> unknownTopic = api.post("/api/rules/preview", Json.createObjectBuilder()
                .add("rule", Json.createObjectBuilder().add("type", "topic").add("topic", "knitting")).build()
                .toString());
        assertEquals(400, unknownTopic.statusCode(), unknownTopic.body());
        assertEquals("rule.topic", Api.object(unknownTopic).getString("field"));
        assertTrue(Api.object(unknownTopic).getString("error").contains("political-prisoners"));

        JsonObject preview = Api.object(api.post("/api/rules/preview", Json.createObjectBuilder()
                .add("rule", Json.createObjectBuilder().add("type", "topic").add("topic", "potash"))
                .add("days", 1).add("limit", 50).build().toString()));
        JsonArray found = preview.getJsonArray("matches");
        assertTrue(found.stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getString("title").equals("Belaruskali potash exports recover")), preview.toString());
        assertTrue(preview.getInt("scanned") >= NEWS.size(), preview.toString());
        HttpResponse<String> tooLong = api.post("/api/rules/preview", Json.createObjectBuilder()
                .add("rule", rule).add("days", 400).build().toString());
        assertEquals(400, tooLong.statusCode());
        assertEquals("days", Api.object(tooLong).getString("field"));
    }

    @Test
    void listsTheShippedTopics() {
        JsonObject topics = Api.object(api.get("/api/topics"));
        Set<String> names = new TreeSet<>(topics.getJsonArray("topics").stream()
                .map(t -> t.asJsonObject().getString("name")).toList());
        assertEquals(Set.of("political-prisoners", "potash", "sanctions"), names);
        assertEquals(0, topics.getJsonArray("problems").size(), topics.toString());
        assertEquals(404, api.get("/api/topics/knitting").statusCode());
    }
}
