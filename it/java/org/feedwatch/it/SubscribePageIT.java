package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sign-up page without JavaScript, over HTTP ({@link FormClient}): the form with its CSRF cookie and token, a sign-up with a topic, a person
 * and a query ending in the "check your inbox" page and a confirmation mail, the rules there after confirming, the
 * same page for a known address, bad input shown on the form with nothing stored; and the public preview.
 */
@ExtendWith(ArquillianExtension.class)
class SubscribePageIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private final Api api = Api.forItServer();
    private final SignUpClient admin = new SignUpClient(api);
    private final FormClient visitor = new FormClient(api.base());
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> subscribers = new ArrayList<>();
    private long feedId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @AfterEach
    void cleanUp() {
        subscribers.forEach(id -> api.delete("/api/subscribers/" + id));
        if (feedId != 0) {
            api.delete("/api/feeds/" + feedId);
        }
    }

    private static Map<String, String> signUp(String email, String query) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", email);
        form.put("topic", "sanctions");
        form.put("person", "Ales Bialiatski");
        form.put("name", "");
        form.put("query", query);
        form.put("deliveryMode", "weekly");
        form.put("digestTime", "08:30");
        form.put("weekday", "friday");
        form.put("timeZone", "Europe/Vilnius");
        return form;
    }

    /** A GET asking for JSON, as the page's script sends it. */
    private HttpResponse<String> getJson(String path) {
        return api.anonymous(HttpRequest.newBuilder(URI.create(api.base() + path)).header("Accept", "application/json")
                .GET());
    }

    /** The page without what differs per request (the CSRF token of a browser without the cookie yet). */
    private static String withoutToken(String page) {
        return page.replaceAll("<meta name=\"csrf\" content=\"[^\"]*\">", "")
                .replaceAll("name=\"csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void signUpOnThePageConfirmAndSignUpAgain() throws Exception {
        HttpResponse<String> form = visitor.open("/subscribe");
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("<form class=\"signup\" method=\"post\" action=\"/subscribe\">"), form.body());
        assertTrue(form.body().contains("value=\"political-prisoners\"") && form.body().contains("Economic and"),
                "the curated topics with their descriptions");
        assertTrue(form.body().contains("value=\"Ales Bialiatski\""), "the curated people");
        assertTrue(form.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

        String email = "page-" + run + "@example.org";
        Map<String, String> fields = signUp(email, "potash -football");
        fields.put("name", "Мария Колесникова"); // the form is UTF-8 all the way
        HttpResponse<String> sent = visitor.post("/subscribe", fields);
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("<h1>Check your inbox</h1>") && sent.body().contains(email), sent.body());

        String link = SignUpClient.confirmLink(Mails.awaitMailTo(SMTP, email));
        long id = SignUpClient.idOf(link);
        subscribers.add(id);
        JsonObject stored = admin.subscriber(id);
        assertFalse(stored.getBoolean("confirmed"));
        assertEquals("weekly", stored.getString("deliveryMode"), stored.toString());
        assertEquals("Europe/Vilnius", stored.getString("timeZone"));

        HttpResponse<String> ask = visitor.open(link);
        assertEquals(200, ask.statusCode(), ask.body());
        HttpResponse<String> done = visitor.post(link, Map.of());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("You are subscribed"), done.body());
        assertTrue(admin.subscriber(id).getBoolean("confirmed"));

        JsonArray rules = Api.array(api.get("/api/subscribers/" + id + "/rules"));
        Set<String> kinds = new TreeSet<>();
        for (JsonValue value : rules) {
            JsonObject rule = value.asJsonObject();
            JsonObject definition = rule.getJsonObject("definition");
            kinds.add(rule.getString("type") + ":" + switch (rule.getString("type")) {
                case "topic" -> definition.getString("topic");
                case "person" -> definition.getString("name");
                default -> definition.getString("query");
            });
        }
        assertEquals(Set.of("topic:sanctions", "person:Ales Bialiatski", "person:Мария Колесникова",
                "keyword:potash -football"), kinds);

        // A known address gets the very same page (its mail says it is subscribed).
        visitor.open("/subscribe");
        HttpResponse<String> again = visitor.post("/subscribe", signUp(email, "anything else"));
        assertEquals(200, again.statusCode());
        assertEquals(withoutToken(sent.body()), withoutToken(again.body()), "no way to tell a known address");
        assertEquals(4, Api.array(api.get("/api/subscribers/" + id + "/rules")).size(), "nothing applied");
    }

    @Test
    void badInputIsShownOnTheFormWithTheValuesKeptAndNothingStored() {
        visitor.open("/subscribe");
        String email = "not-an-address-" + run;
        HttpResponse<String> badEmail = visitor.post("/subscribe", signUp(email, "potash"));
        assertEquals(400, badEmail.statusCode(), badEmail.body());
        assertTrue(badEmail.body().contains("aria-invalid=\"true\" aria-describedby=\"email-error\""), badEmail.body());
        assertTrue(badEmail.body().contains("<p class=\"field-error\" id=\"email-error\">"));
        assertTrue(badEmail.body().contains("value=\"" + email + "\""), "the address kept");
        assertTrue(badEmail.body().contains("id=\"topic-sanctions\" checked"), "the picks kept");
        assertTrue(badEmail.body().contains("<option selected>Europe/Vilnius</option>"), "the zone kept");
        assertTrue(badEmail.body().contains("name=\"csrf\""), "a form that can be sent again");

        String good = "bad-query-" + run + "@example.org";
        HttpResponse<String> badQuery = visitor.post("/subscribe", signUp(good, "potash \"sanctions"));
        assertEquals(400, badQuery.statusCode(), badQuery.body());
        assertTrue(badQuery.body().contains("id=\"query-error\"") && badQuery.body().contains("(at character 8)"),
                badQuery.body());
        assertTrue(badQuery.body().contains("value=\"potash &quot;sanctions\""), "the query kept");

        Map<String, String> badZone = signUp(good, "potash");
        badZone.put("timeZone", "Mars/Olympus");
        HttpResponse<String> zone = visitor.post("/subscribe", badZone);
        assertEquals(400, zone.statusCode());
        assertTrue(zone.body().contains("id=\"timeZone-error\""), zone.body());
        assertEquals(List.of(), admin.outboxKindsFor(good), "nothing stored, nothing sent");
    }

    @Test
    void previewFindsAPersonInEitherScriptForAnybody() throws Exception {
        String path = "/preview-" + run + ".xml";
        feeds.serve(path, FeedServer.rss("Preview test " + run,
                FeedServer.item(run + "-1", "Алеся Бяляцкага перавялі ў іншую калонію " + run, "Праваабаронца."),
                FeedServer.item(run + "-2", "Ales Bialiatski receives a letter " + run, "From Viasna."),
                FeedServer.item(run + "-3", "Potash prices " + run, "Nothing about him.")), "application/rss+xml");
        feedId = api.addFeed(feeds.url(path));
        assertEquals(3, api.poll(feedId).getInt("newItems"));

        for (String name : List.of("Ales Bialiatski", "Алесь Бяляцкі")) {
            HttpResponse<String> answer = getJson("/preview?type=person&name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject preview = Api.object(answer);
            assertEquals(7, preview.getInt("days"));
            List<String> titles = preview.getJsonArray("matches").stream()
                    .map(m -> m.asJsonObject().getString("title")).filter(t -> t.endsWith(run)).toList();
            assertEquals(2, titles.size(), name + ": " + preview);
            assertTrue(preview.getJsonArray("matches").size() <= 10);
            JsonObject first = preview.getJsonArray("matches").getJsonObject(0);
            assertFalse(first.getJsonObject("why").getJsonArray("highlights").isEmpty(), first.toString());
        }

        JsonObject keyword = Api.object(getJson("/preview?type=keyword&query=potash+" + run));
        assertEquals(1, keyword.getJsonArray("matches").size(), keyword.toString());

        HttpResponse<String> badQuery = getJson("/preview?type=keyword&query=potash+%22prices");
        assertEquals(400, badQuery.statusCode(), badQuery.body());
        assertEquals("query", Api.object(badQuery).getString("field"));
        assertEquals(7, Api.object(badQuery).getInt("position"));
        HttpResponse<String> noType = getJson("/preview?name=Ales");
        assertEquals(400, noType.statusCode());
        assertEquals("type", Api.object(noType).getString("field"));
        HttpResponse<String> unknownTopic = getJson("/preview?type=topic&topic=knitting");
        assertEquals(400, unknownTopic.statusCode());
        assertEquals("topic", Api.object(unknownTopic).getString("field"));
        HttpResponse<String> longName = getJson("/preview?type=person&name=" + "a".repeat(201));
        assertEquals(400, longName.statusCode());
        assertEquals("name", Api.object(longName).getString("field"));
    }
}
