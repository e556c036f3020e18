package org.feedwatch.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client of the admin console pages: logged in as the administrator (HTTP Basic for now), keeping
 * cookies like a browser (the CSRF cookie), reading the token from a page's form and posting it back as forms do.
 * Redirects are not followed, so a test sees the 303 a POST answers.
 */
final class AdminConsole {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final String auth;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    AdminConsole(int port) {
        this.base = "http://localhost:" + port;
        this.auth = "Basic " + Base64.getEncoder().encodeToString("admin:it-secret".getBytes(StandardCharsets.UTF_8));
    }

    static AdminConsole forItServer() {
        return new AdminConsole(Integer.getInteger("it.http.port", 9181));
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> anonymousGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET());
    }

    /** The CSRF token of the forms on this page (the page sets the cookie it belongs to). */
    String csrfFrom(String path) {
        HttpResponse<String> page = get(path);
        Matcher m = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no CSRF token on " + path + ": " + page.statusCode() + " " + page.body());
        }
        return m.group(1);
    }

    /** The value of a hidden field of the first form on the page that has it. */
    String hiddenField(String path, String name) {
        String body = get(path).body();
        Matcher m = Pattern.compile("type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no hidden field " + name + " on " + path + ": " + body);
        }
        return m.group(1);
    }

    /** Posts a form as the page at {@code from} would, with its token. */
    HttpResponse<String> submit(String from, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrf", csrfFrom(from));
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The page a 303 leads to. */
    HttpResponse<String> follow(HttpResponse<String> redirect) {
        if (redirect.statusCode() != 303) {
            throw new AssertionError("expected 303 See Other, got " + redirect.statusCode() + ": " + redirect.body());
        }
        URI location = redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
        return get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth).header("Accept", "text/html");
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
