package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a 400 naming the field, unknown ids a 404, and no login a 401; nothing is half-stored. */
@ExtendWith(ArquillianExtension.class)
class ApiValidationIT {

    private final Api api = Api.forItServer();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"email\":\"not-an-address\",\"timeZone\":\"Europe/Vilnius\",\"digestHour\":7}|email",
        "{\"email\":\"a@example.org\",\"timeZone\":\"Mars/Olympus\",\"digestHour\":7}|timeZone",
        "{\"email\":\"a@example.org\",\"timeZone\":\"Europe/Vilnius\",\"digestHour\":24}|digestHour",
        "{\"email\":\"a@example.org\",\"timeZone\":\"Europe/Vilnius\",\"digestHour\":\"seven\"}|digestHour",
        "{\"email\":\"a@example.org\\r\\nBcc: x@example.org\",\"timeZone\":\"UTC\",\"digestHour\":7}|email"})
    void badSubscribersAreRefusedNamingTheField(String body, String field) {
        HttpResponse<String> response = api.post("/api/subscribers", body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(field, Api.object(response).getString("field"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"url\":\"ftp://example.org/feed.xml\"}|url",
        "{\"url\":\"file:///etc/passwd\"}|url",
        "{\"url\":\"not a url\"}|url",
        "{}|url",
        "{\"url\":\"https://example.org/feed.xml\",\"pollMinutes\":0}|pollMinutes"})
    void badFeedsAreRefusedNamingTheField(String body, String field) {
        HttpResponse<String> response = api.post("/api/feeds", body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(field, Api.object(response).getString("field"));
    }

    @Test
    void badRulesAreRefusedWithFieldAndNothingIsStored() {
        long subscriber = api.addSubscriber("rules-" + run + "@example.org");
        HttpResponse<String> empty = api.post("/api/subscribers/" + subscriber + "/rules",
                "{\"name\":\"empty\",\"type\":\"keyword\",\"query\":\"\"}");
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals("query", Api.object(empty).getString("field"));

        HttpResponse<String> unbalanced = api.post("/api/subscribers/" + subscriber + "/rules",
                "{\"name\":\"quote\",\"type\":\"keyword\",\"query\":\"potash \\\"sanctions\"}");
        assertEquals(400, unbalanced.statusCode(), unbalanced.body());
        JsonObject error = Api.object(unbalanced);
        assertEquals("query", error.getString("field"));
        assertEquals(7, error.getInt("position"), error.toString());

        HttpResponse<String> unknownType = api.post("/api/subscribers/" + subscriber + "/rules",
                "{\"name\":\"x\",\"type\":\"telepathy\",\"query\":\"x\"}");
        assertEquals(400, unknownType.statusCode());
        assertEquals("type", Api.object(unknownType).getString("field"));

        assertEquals("[]", api.get("/api/subscribers/" + subscriber + "/rules").body().replace(" ", ""));
    }

    @Test
    void malformedJsonIsA400() {
        HttpResponse<String> response = api.post("/api/feeds", "{\"url\": ");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Api.object(response).getString("error").contains("JSON"));
    }

    @Test
    void unknownIdsAre404() {
        assertEquals(404, api.get("/api/feeds/987654321").statusCode());
        assertEquals(404, api.get("/api/subscribers/987654321").statusCode());
        assertEquals(404, api.post("/api/feeds/987654321/poll", null).statusCode());
        assertEquals(404, api.delete("/api/subscribers/987654321").statusCode());
    }

    @Test
    void theApiNeedsTheAdministrator() {
        HttpResponse<String> anonymous = api.anonymous(HttpRequest.newBuilder(URI.create(api.base() + "/api/feeds")));
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = api.anonymous(HttpRequest.newBuilder(URI.create(api.base() + "/api/feeds"))
                .header("Authorization", "Basic YWRtaW46d3Jvbmc="));
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void duplicateSubscriberIsAConflict() {
        String email = "twice-" + run + "@example.org";
        api.addSubscriber(email);
        HttpResponse<String> again = api.post("/api/subscribers",
                "{\"email\":\"" + email + "\",\"timeZone\":\"UTC\",\"digestHour\":7}");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("email", Api.object(again).getString("field"));
    }
}
