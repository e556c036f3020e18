package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The manage page over HTTP as a browser without JavaScript uses it: the signed link from the confirmation, the
 * CSRF cookie and token from the page, forms posted and answered 303 (or 400 with the form again and nothing
 * stored), checked through the admin API; the data download, "delete me" and forged links.
 */
@ExtendWith(ArquillianExtension.class)
class ManagePageIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private final Api api = Api.forItServer();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> cleanUp = new java.util.ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @AfterEach
    void cleanUp() {
        cleanUp.forEach(id -> api.delete("/api/subscribers/" + id));
    }

    private ManageClient signUp(String who) throws Exception {
        ManageClient client = ManageClient.signUp(api, SMTP, who + "-" + run + "@example.org");
        cleanUp.add(client.id);
        return client;
    }

    private JsonArray rules(long subscriber) {
        return Api.array(api.get("/api/subscribers/" + subscriber + "/rules"));
    }

    private JsonObject rule(long subscriber, String name) {
        return rules(subscriber).stream().map(JsonValue::asJsonObject).filter(r -> r.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no rule " + name + " in " + rules(subscriber)));
    }

    private static void assertBack(HttpResponse<String> answer, String done) {
        assertEquals(303, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/subscription?s=") && location.contains("&done=" + done), location);
    }

    @Test
    void rulesAreAddedEditedAndRemovedAndABadQueryStoresNothing() throws Exception {
        ManageClient me = signUp("rules");
        String page = me.get(me.signed("/subscription")).body();
        assertTrue(page.contains("Potash") && page.contains("data-preview"), page);

        assertBack(me.post(me.signed("/subscription/rules"), Map.of("rule-type", "keyword", "name", "Trials",
                "query", "trial OR суд")), "rule-added");
        assertBack(me.post(me.signed("/subscription/rules"), Map.of("rule-type", "person", "name",
                "Maria Kalesnikava", "aliases", "Марыя Калеснікава, Maryia Kalesnikava")), "rule-added");
        assertEquals(3, rules(me.id).size());
        assertEquals(List.of("Марыя Калеснікава", "Maryia Kalesnikava"), rule(me.id, "Maria Kalesnikava")
                .getJsonObject("definition").getJsonArray("aliases").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(me.get(me.signed("/subscription") + "&done=rule-added").body().contains("Rule added."));

        // A query that does not parse: the page again, 400, the message at the field with where, nothing stored.
        HttpResponse<String> bad = me.post(me.signed("/subscription/rules"), Map.of("rule-type", "keyword",
                "name", "Broken", "query", "potash AND"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().startsWith("<!DOCTYPE html>"), "the page, not its escaped source: " + bad.body());
        assertTrue(bad.body().contains("aria-describedby=\"add-keyword-query-error\""), bad.body());
        assertTrue(bad.body().contains("id=\"add-keyword-query-error\""), bad.body());
        assertTrue(bad.body().contains("(at character"), bad.body());
        assertTrue(bad.body().contains("value=\"potash AND\"") && bad.body().contains("value=\"Broken\""), "kept");
        assertEquals(3, rules(me.id).size(), "nothing stored");

        long trials = rule(me.id, "Trials").getJsonNumber("id").longValue();
        assertBack(me.post(me.signed("/subscription/rules/" + trials), Map.of("name", "Court cases",
                "query", "trial OR суд OR court")), "rule-saved");
        assertEquals("trial OR суд OR court", rule(me.id, "Court cases").getJsonObject("definition")
                .getString("query"));
        HttpResponse<String> badEdit = me.post(me.signed("/subscription/rules/" + trials), Map.of("name", "X",
                "query", "(court"));
        assertEquals(400, badEdit.statusCode(), badEdit.body());
        assertTrue(badEdit.body().contains("id=\"rule-" + trials + "-query-error\""), badEdit.body());
        assertEquals("trial OR суд OR court", rule(me.id, "Court cases").getJsonObject("definition")
                .getString("query"), "the rule is as it was");

        assertBack(me.post(me.signed("/subscription/rules/" + trials + "/remove"), Map.of()), "rule-removed");
        assertEquals(2, rules(me.id).size());

        // Without the form's token nothing happens; someone else's rule is not found through this link.
        long potash = rule(me.id, "Potash").getJsonNumber("id").longValue();
        assertEquals(403, me.postRaw(me.signed("/subscription/rules/" + potash + "/remove"), Map.of()).statusCode());
        assertEquals(403, me.postRaw(me.signed("/subscription/rules/" + potash + "/remove"),
                Map.of("csrf", "forged")).statusCode());
        long other = api.addSubscriber("other-" + run + "@example.org");
        cleanUp.add(other);
        long theirs = api.addKeywordRule(other, "Theirs", "theirs");
        assertEquals(404, me.post(me.signed("/subscription/rules/" + theirs + "/remove"), Map.of()).statusCode());
        assertEquals(1, rules(other).size());
        assertEquals(2, rules(me.id).size());
    }

    @Test
    void deliveryIsChangedPausedAndResumed() throws Exception {
        ManageClient me = signUp("delivery");
        assertBack(me.post(me.signed("/subscription/delivery"), Map.of("deliveryMode", "weekly",
                "digestTime", "18:30", "weekday", "friday", "timeZone", "Asia/Tokyo")), "delivery-saved");
        JsonObject s = me.subscriber();
        assertEquals(List.of("weekly", "18:30", "friday", "Asia/Tokyo"), List.of(s.getString("deliveryMode"),
                s.getString("digestTime"), s.getString("weekday"), s.getString("timeZone")));

        HttpResponse<String> bad = me.post(me.signed("/subscription/delivery"), Map.of("deliveryMode", "daily",
                "digestTime", "25:00", "weekday", "friday", "timeZone", "Asia/Tokyo"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("aria-describedby=\"delivery-digestTime-error\""), bad.body());
        assertTrue(bad.body().contains("value=\"25:00\""), bad.body());
        assertEquals("weekly", me.subscriber().getString("deliveryMode"), "nothing stored");

        assertBack(me.post(me.signed("/subscription/pause"), Map.of()), "paused");
        assertEquals("paused", me.subscriber().getString("deliveryMode"));
        String paused = me.get(me.signed("/subscription")).body();
        assertTrue(paused.contains("Resume mail"), paused);
        assertBack(me.post(me.signed("/subscription/resume"), Map.of("deliveryMode", "immediate")), "resumed");
        assertEquals("immediate", me.subscriber().getString("deliveryMode"));
        assertEquals("18:30", me.subscriber().getString("digestTime"), "the rest stays");
    }

    @Test
    void myDataDownloadsAndDeleteMeRemovesEverything() throws Exception {
        ManageClient me = signUp("delete");
        String email = "delete-" + run + "@example.org";
        HttpResponse<String> data = me.get(me.signed("/subscription/data"));
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(data.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
                data.headers().map().toString());
        assertTrue(data.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(data.body()))) {
            json = reader.readObject();
        }
        assertEquals(email, json.getJsonObject("subscriber").getString("email"));
        assertEquals("Potash", json.getJsonArray("rules").getJsonObject(0).getString("name"));
        assertEquals("potash", json.getJsonArray("rules").getJsonObject(0).getJsonObject("definition")
                .getString("query"));
        assertTrue(json.containsKey("matches") && json.containsKey("mails"), json.toString());
        assertFalse(outboxTo(email).isEmpty(), "the confirmation mail is recorded");

        HttpResponse<String> ask = me.get(me.signed("/subscription/delete"));
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("Yes, delete everything"), ask.body());
        assertEquals(403, me.postRaw(me.signed("/subscription/delete"), Map.of()).statusCode());
        assertEquals(200, api.get("/api/subscribers/" + me.id).statusCode(), "still there after a post without token");

        HttpResponse<String> done = me.post(me.signed("/subscription/delete"), Map.of());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("Your data is deleted"), done.body());
        assertEquals(404, api.get("/api/subscribers/" + me.id).statusCode());
        assertEquals(404, api.get("/api/subscribers/" + me.id + "/rules").statusCode());
        assertTrue(outboxTo(email).isEmpty(), "its mails are gone");
        assertEquals(404, me.get(me.signed("/subscription")).statusCode());
        assertEquals(404, me.get(me.signed("/subscription/data")).statusCode());
        assertEquals(404, me.get(me.signed("/archive")).statusCode());
    }

    @Test
    void aForgedLinkIsNotFound() throws Exception {
        ManageClient me = signUp("forged");
        String csrf = me.csrf();
        String forged = "/subscription?s=" + me.id + "&t=" + "A".repeat(43);
        assertEquals(404, me.get(forged).statusCode());
        assertEquals(404, me.get("/subscription?s=" + (me.id + 1) + "&t=" + me.token).statusCode());
        assertEquals(404, me.get(forged.replace("/subscription?", "/subscription/data?")).statusCode());
        assertEquals(404, me.postRaw(forged.replace("/subscription?", "/subscription/rules?"), Map.of("csrf", csrf,
                "rule-type", "keyword", "query", "forged")).statusCode());
        assertEquals(404, me.postRaw(forged.replace("/subscription?", "/subscription/delete?"),
                Map.of("csrf", csrf)).statusCode());
        assertEquals(1, rules(me.id).size());
        assertEquals(200, api.get("/api/subscribers/" + me.id).statusCode());
    }

    private List<JsonObject> outboxTo(String email) {
        return Api.array(api.get("/api/outbox?limit=500")).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("recipient").equals(email)).toList();
    }
}
