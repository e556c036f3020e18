package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery and the security headers, as a browser meets them: a form posts only with the token of
 * its own cookie, a request another site starts is refused (pages and the admin API), and every answer — pages,
 * static files, errors, the API — carries the headers.
 */
@ExtendWith(ArquillianExtension.class)
class WebGuardIT {

    private final Api api = Api.forItServer();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void aFormPostsOnlyWithTheTokenOfItsOwnCookie() {
        String email = "guard-" + run + "@example.org";
        Map<String, String> form = Map.of("email", email, "timeZone", "Europe/Vilnius");

        FormClient stranger = new FormClient(api.base()); // never opened a page: no cookie, no token
        assertEquals(403, stranger.postRaw("/subscribe", FormClient.encode(form)).statusCode());

        FormClient visitor = new FormClient(api.base());
        visitor.open("/");
        String token = visitor.token().orElseThrow();
        FormClient other = new FormClient(api.base());
        other.open("/");
        assertEquals(403, other.post("/subscribe", Map.of("email", email, "timeZone", "UTC", "csrf", token))
                .statusCode(), "a token is good only with the cookie it was made for");
        assertEquals(403, visitor.post("/subscribe", Map.of("email", email, "timeZone", "UTC", "csrf", "x" + token))
                .statusCode());
        assertTrue(new SignUpClient(api).outboxKindsFor(email).isEmpty(), "nothing stored, nothing sent");

        // As an API client (JSON answer; the page would ask for something to watch): the guard is the same.
        HttpResponse<String> accepted = visitor.post("/subscribe", form, "Accept", "application/json");
        assertEquals(202, accepted.statusCode(), accepted.body());
    }

    @Test
    void theCookieIsOutOfReachOfScriptsAndOtherSites() {
        HttpResponse<String> home = api.anonymous(HttpRequest.newBuilder(URI.create(api.base() + "/")).GET());
        String cookie = home.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("fw_csrf="))
                .findFirst().orElseThrow(() -> new AssertionError(home.headers().map().toString()));
        String lower = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(lower.contains("httponly"), cookie);
        assertTrue(lower.contains("samesite=lax"), cookie);
        assertTrue(lower.contains("path=/"), cookie);
        assertTrue(home.body().contains("<meta name=\"csrf\" content=\""), "scripts find the token in the page");
    }

    @Test
    void requestsThatAnotherSiteStartsAreRefused() {
        FormClient visitor = new FormClient(api.base());
        visitor.open("/");
        String email = "origin-" + run + "@example.org";
        Map<String, String> form = Map.of("email", email, "timeZone", "UTC");
        assertEquals(403, visitor.post("/subscribe", form, "Origin", "http://evil.example").statusCode());
        assertEquals(403, visitor.post("/subscribe", form, "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(403, visitor.post("/subscribe", form, "Origin", "null").statusCode());
        // What a browser on a secure context may send with a form of a page whose policy is no-referrer.
        assertEquals(202, visitor.post("/subscribe", form, "Origin", "null", "Sec-Fetch-Site", "same-origin",
                "Accept", "application/json").statusCode());
        assertEquals(202, visitor.post("/subscribe", form, "Origin", api.base(), "Sec-Fetch-Site", "same-origin",
                "Accept", "application/json")
                .statusCode());

        // The admin API: a browser holding the administrator's Basic credentials visits a hostile page.
        String feed = "{\"url\":\"http://127.0.0.1:1/csrf-" + run + ".xml\"}";
        assertEquals(403, api.post("/api/feeds", feed, "Origin", "http://evil.example").statusCode());
        assertEquals(403, api.post("/api/feeds", feed, "Sec-Fetch-Site", "cross-site").statusCode());
        assertFalse(api.get("/api/feeds").body().contains("csrf-" + run), "no feed was added");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/static/no-such-file.js", "/no-such-page", "/api/feeds", "/subscription?s=1&t=x")) {
            HttpResponse<String> answer = api.anonymous(HttpRequest.newBuilder(URI.create(api.base() + path)).GET());
            String csp = answer.headers().firstValue("Content-Security-Policy").orElseThrow(() ->
                    new AssertionError(path + " has no Content-Security-Policy"));
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("script-src 'self' 'unsafe-inline'") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }
}
