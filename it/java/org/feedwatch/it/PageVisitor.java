package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, over HTTP: keeps cookies, takes the CSRF token from the page it was given, and
 * posts forms with it, as a browser posts a page's form.
 */
final class PageVisitor {

    private static final Pattern CSRF_FIELD = Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String csrf = "";

    PageVisitor(String base) {
        this.base = base;
    }

    /** GETs a page (a path or a whole URL) and remembers the CSRF token of its form, if it has one. */
    HttpResponse<String> open(String pathOrUrl) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET());
        Matcher token = CSRF_FIELD.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** Posts a form the way the browser does: urlencoded, the page's token in the csrf field, asking for HTML. */
    HttpResponse<String> submit(String pathOrUrl, List<Map.Entry<String, String>> fields) {
        assertTrue(!csrf.isEmpty(), "open the page with the form first");
        String body = java.util.stream.Stream.concat(java.util.stream.Stream.of(Map.entry("csrf", csrf)),
                fields.stream()).map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET asking for JSON (what a page's script does). */
    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
