package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The public sign-up as a visitor uses it (no login), and what the admin API says about it, for {@link SubscribeIT}. */
final class SignUpClient {

    static final Pattern CONFIRM_LINK = Pattern.compile("http://\\S+/confirm\\?s=(\\d+)&e=\\d+&t=\\S+");

    private final Api api;

    SignUpClient(Api api) {
        this.api = api;
    }

    HttpResponse<String> subscribe(JsonObject body) {
        return anonymous(HttpRequest.newBuilder(URI.create(api.base() + "/subscribe"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The sign-up form as a browser posts it, with the token of the page it came from. */
    HttpResponse<String> subscribeForm(Map<String, String> form) {
        FormClient browser = new FormClient(api.base());
        browser.open("/");
        return browser.post("/subscribe", form);
    }

    /** Opens the confirmation link's page and presses its button. */
    HttpResponse<String> confirm(String link) {
        FormClient browser = new FormClient(api.base());
        browser.open(link);
        return browser.post(link, Map.of());
    }

    HttpResponse<String> anonymous(HttpRequest.Builder request) {
        return api.anonymous(request.timeout(Duration.ofSeconds(30)));
    }

    JsonObject subscriber(long id) {
        return Api.object(api.get("/api/subscribers/" + id));
    }

    /** The kinds of the outbox messages to this address, oldest first. */
    List<String> outboxKindsFor(String email) {
        List<String> kinds = new ArrayList<>(Api.array(api.get("/api/outbox?limit=500")).stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("recipient").equals(email))
                .map(m -> m.getString("kind")).toList());
        java.util.Collections.reverse(kinds); // the API lists newest first
        return kinds;
    }

    static String confirmLink(MimeMessage mail) throws Exception {
        Matcher m = CONFIRM_LINK.matcher(Mails.textPart(mail));
        assertTrue(m.find(), Mails.textPart(mail));
        return m.group();
    }

    static long idOf(String link) {
        Matcher m = CONFIRM_LINK.matcher(link);
        assertTrue(m.matches(), link);
        return Long.parseLong(m.group(1));
    }
}
