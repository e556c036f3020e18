package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A subscriber's browser without the browser, for {@link ManagePageIT}: signs up and confirms to get the signed
 * manage link, keeps the CSRF cookie, reads the token from the page and posts forms as the page's buttons do.
 */
final class ManageClient {

    private static final Pattern MANAGE_LINK = Pattern.compile("/subscription\\?s=([0-9]+)&amp;t=([A-Za-z0-9_-]+)");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

    private final Api api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    final long id;
    final String token;
    /** The fw_csrf cookie as the server set it ("name=value"), sent back with every request once set. */
    private String cookie;

    private ManageClient(Api api, long id, String token) {
        this.api = api;
        this.id = id;
        this.token = token;
    }

    /** Signs up {@code email} with one keyword rule, confirms from the mail, and takes the manage link. */
    static ManageClient signUp(Api api, GreenMailExtension mail, String email) throws Exception {
        SignUpClient visitor = new SignUpClient(api);
        HttpResponse<String> signUp = visitor.subscribe(Json.createObjectBuilder().add("email", email)
                .add("timeZone", "Europe/Vilnius").add("deliveryMode", "daily")
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Potash")
                        .add("type", "keyword").add("query", "potash"))).build());
        assertEquals(202, signUp.statusCode(), signUp.body());
        MimeMessage confirmation = Mails.awaitMailTo(mail, email);
        HttpResponse<String> confirmed = visitor.post(SignUpClient.confirmLink(confirmation));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        Matcher link = MANAGE_LINK.matcher(confirmed.body());
        assertTrue(link.find(), confirmed.body());
        return new ManageClient(api, Long.parseLong(link.group(1)), link.group(2));
    }

    String signed(String path) {
        return path + "?s=" + id + "&t=" + token;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(api.base() + pathAndQuery)).GET());
    }

    /** The page's CSRF token for this client's cookie (the first GET sets the cookie). */
    String csrf() {
        HttpResponse<String> page = get(signed("/subscription"));
        assertEquals(200, page.statusCode(), page.body());
        Matcher m = TOKEN.matcher(page.body());
        assertTrue(m.find(), page.body());
        return m.group(1);
    }

    /** Posts a form with this page's token, as a button on the page does. */
    HttpResponse<String> post(String pathAndQuery, Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.putIfAbsent("csrf", csrf());
        return postRaw(pathAndQuery, all);
    }

    HttpResponse<String> postRaw(String pathAndQuery, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(api.base() + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    JsonObject subscriber() {
        return Api.object(api.get("/api/subscribers/" + id));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("fw_csrf="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
