package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subscriber with the signed manage link, for {@link ManagePageIT}: signs up and confirms to get the link, then
 * opens the manage page and posts its forms through a {@link FormClient} (cookie and token as a browser has them).
 */
final class ManageClient {

    private static final Pattern MANAGE_LINK = Pattern.compile("/subscription\\?s=([0-9]+)&amp;t=([A-Za-z0-9_-]+)");

    private final Api api;
    private final FormClient browser;
    final long id;
    final String token;

    private ManageClient(Api api, long id, String token) {
        this.api = api;
        this.browser = new FormClient(api.base());
        this.id = id;
        this.token = token;
    }

    /** Signs up {@code email} with one keyword rule ("Potash"), confirms from the mail, and takes the manage link. */
    static ManageClient signUp(Api api, GreenMailExtension mail, String email) throws Exception {
        SignUpClient visitor = new SignUpClient(api);
        HttpResponse<String> signUp = visitor.subscribe(Json.createObjectBuilder().add("email", email)
                .add("timeZone", "Europe/Vilnius").add("deliveryMode", "daily")
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Potash")
                        .add("type", "keyword").add("query", "potash"))).build());
        assertEquals(202, signUp.statusCode(), signUp.body());
        MimeMessage confirmation = Mails.awaitMailTo(mail, email);
        HttpResponse<String> confirmed = visitor.confirm(SignUpClient.confirmLink(confirmation));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        Matcher link = MANAGE_LINK.matcher(confirmed.body());
        assertTrue(link.find(), confirmed.body());
        return new ManageClient(api, Long.parseLong(link.group(1)), link.group(2));
    }

    String signed(String path) {
        return path + "?s=" + id + "&t=" + token;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return browser.open(pathAndQuery);
    }

    /** The token of the manage page's forms, for this client's cookie. */
    String csrf() {
        HttpResponse<String> page = get(signed("/subscription"));
        assertEquals(200, page.statusCode(), page.body());
        return browser.token().orElseThrow();
    }

    /** Opens the manage page, then posts a form as its button does. */
    HttpResponse<String> post(String pathAndQuery, Map<String, String> fields) {
        csrf();
        return browser.post(pathAndQuery, fields);
    }

    /** Posts the fields as they are: no token unless they hold one. */
    HttpResponse<String> postRaw(String pathAndQuery, Map<String, String> fields) {
        return browser.postRaw(pathAndQuery, FormClient.encode(fields));
    }

    JsonObject subscriber() {
        return Api.object(api.get("/api/subscribers/" + id));
    }
}
