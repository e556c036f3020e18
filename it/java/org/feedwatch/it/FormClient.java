package org.feedwatch.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor's browser without the browser: it keeps the CSRF cookie the pages set and posts forms with the token
 * of the page it last opened, as a real form would. Redirects are not followed, so tests see the 303s.
 */
final class FormClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" (?:value|content)=\"([A-Za-z0-9_-]+)\"");
    private static final Pattern COOKIE = Pattern.compile("fw_csrf=([A-Za-z0-9_-]+)");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String cookie;
    private String token;

    FormClient(String base) {
        this.base = base;
    }

    /** GET a page (a path on the server or a whole link), remembering the cookie and the form token it carries. */
    HttpResponse<String> open(String pathOrLink) {
        HttpResponse<String> page = send(request(pathOrLink).GET());
        Matcher m = TOKEN.matcher(page.body());
        if (m.find()) {
            token = m.group(1);
        }
        return page;
    }

    /** POST a form the way the last opened page's form would: with its token, urlencoded. */
    HttpResponse<String> post(String pathOrLink, Map<String, String> fields) {
        if (token == null) {
            open("/");
        }
        if (token == null) {
            throw new IllegalStateException("no page gave this client a form token");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putIfAbsent("csrf", token);
        return postRaw(pathOrLink, encode(form));
    }

    /** POST a body as it is (a test of what a forged or tokenless form gets). */
    HttpResponse<String> postRaw(String pathOrLink, String body, String... headers) {
        HttpRequest.Builder builder = request(pathOrLink).header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Like {@link #post}, with extra request headers (name, value, ...). */
    HttpResponse<String> post(String pathOrLink, Map<String, String> fields, String... headers) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putIfAbsent("csrf", token().orElseThrow());
        return postRaw(pathOrLink, encode(form), headers);
    }

    Optional<String> token() {
        return Optional.ofNullable(token);
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String pathOrLink) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(pathOrLink.startsWith("http") ? pathOrLink
                : base + pathOrLink)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            builder.header("Cookie", "fw_csrf=" + cookie);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> {
                Matcher m = COOKIE.matcher(header);
                if (m.find()) {
                    cookie = m.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
