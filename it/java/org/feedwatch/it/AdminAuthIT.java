package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's login: nothing of the admin console, the admin API or the dev mailbox answers without it;
 * the login form, its messages, the session it starts and ends; Basic on the API; the throttle (last: it locks the
 * administrator out of this deployment).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminAuthIT {

    /** Every admin page, including those of other parts of the console and paths that do not exist (yet). */
    private static final List<String> PAGES = List.of("/admin", "/admin/", "/admin/feeds", "/admin/feeds?failing=1",
            "/admin/topics", "/admin/subscribers", "/admin/outbox", "/admin/mailbox", "/admin/no-such-page",
            "/dev/mailbox", "/dev/mailbox/1700000000000-0123abcd");
    /** Every admin API endpoint (method and path). */
    private static final List<String> API = List.of("GET /api/feeds", "POST /api/feeds", "GET /api/feeds/1",
            "DELETE /api/feeds/1", "GET /api/feeds/opml", "POST /api/feeds/opml", "POST /api/feeds/1/poll",
            "POST /api/feeds/1/enable", "POST /api/feeds/1/disable", "GET /api/feeds/1/items",
            "POST /api/subscribers", "GET /api/subscribers/1", "DELETE /api/subscribers/1",
            "PUT /api/subscribers/1/delivery", "GET /api/subscribers/1/rules", "POST /api/subscribers/1/rules",
            "GET /api/subscribers/1/rules/1", "PUT /api/subscribers/1/rules/1", "DELETE /api/subscribers/1/rules/1",
            "GET /api/subscribers/1/matches", "POST /api/subscribers/1/digest", "POST /api/rules/test",
            "POST /api/rules/preview", "GET /api/topics", "GET /api/topics/sanctions", "GET /api/outbox",
            "GET /api/outbox/1", "POST /api/outbox/1/retry", "GET /api/outbox/status", "POST /api/outbox/drain",
            "GET /api/no-such-thing");

    private final Api api = Api.forItServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    @Order(1)
    void nothingAdminAnswersWithoutLogin() {
        AdminSession anonymous = new AdminSession(api.base());
        for (String page : PAGES) {
            HttpResponse<String> answer = anonymous.get(page);
            assertEquals(302, answer.statusCode(), page + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/admin/login"), page);
        }
        for (String form : List.of("/admin/feeds", "/admin/feeds/1/poll", "/admin/feeds/1/disable")) {
            HttpResponse<String> post = anonymous.postForm(form, Map.of("csrf", "x", "url", "http://127.0.0.1/"));
            assertTrue(post.headers().firstValue("Location").orElse("").contains("/admin/login"), form);
        }
        for (String call : API) {
            String[] parts = call.split(" ");
            HttpResponse<String> answer = anonymous.method(parts[0], parts[1]);
            assertEquals(401, answer.statusCode(), call + ": " + answer.body());
            assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), call);
            assertTrue(Api.object(answer).containsKey("error"), call);
        }
    }

    @Test
    @Order(2)
    void aWrongPasswordShowsTheLoginPageAgainWithoutSayingWhichPart() {
        AdminSession browser = new AdminSession(api.base());
        for (String[] wrong : new String[][] {{"admin", "not-the-password"}, {"someone", Api.PASSWORD}}) {
            HttpResponse<String> answer = browser.logIn(wrong[0], wrong[1], "/admin/feeds");
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Wrong user name or password."), answer.body());
            assertTrue(answer.body().contains("name=\"password\""));
        }
        assertEquals(302, browser.get("/admin").statusCode(), "still not logged in");
    }

    @Test
    @Order(3)
    void theRightPasswordOpensTheRequestedPageAndLogoutEndsTheSession() {
        AdminSession browser = new AdminSession(api.base());
        String redirect = browser.get("/admin/feeds").headers().firstValue("Location").orElseThrow();
        assertTrue(redirect.endsWith("/admin/login?next=%2Fadmin%2Ffeeds"), redirect);
        HttpResponse<String> login = browser.logIn("admin", Api.PASSWORD, "/admin/feeds");
        assertEquals(303, login.statusCode(), login.body());
        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/admin/feeds"));
        String session = browser.cookie("FWSESSION");
        assertNotNull(session, "a session cookie");
        assertNull(browser.cookie("LtpaToken2"), "no single sign-on cookie beside the session");
        String setCookie = String.join("\n", login.headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);

        HttpResponse<String> dashboard = browser.get("/admin");
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        assertTrue(dashboard.body().contains("Dashboard"));
        assertEquals(200, browser.get("/admin/feeds").statusCode());
        assertEquals(200, browser.get("/api/feeds").statusCode(), "the session also opens the API");

        HttpResponse<String> logout = browser.postForm("/admin/logout", Map.of("csrf", browser.csrfFrom("/admin")));
        assertEquals(303, logout.statusCode());
        assertEquals(302, browser.get("/admin").statusCode(), "logged out");
        assertEquals(401, browser.get("/api/feeds").statusCode());
    }

    @Test
    @Order(4)
    void aLoginInAnExistingSessionChangesItsId() {
        AdminSession browser = new AdminSession(api.base());
        browser.logIn("admin", Api.PASSWORD, null);
        String first = browser.cookie("FWSESSION");
        AdminSession planted = new AdminSession(api.base());
        planted.setCookie("FWSESSION", first);
        assertEquals(200, planted.get("/admin").statusCode(), "whoever holds the id is logged in");

        HttpResponse<String> again = browser.postForm("/admin/login", Map.of("csrf", browser.csrfFrom("/admin"),
                "username", "admin", "password", Api.PASSWORD));
        assertEquals(303, again.statusCode(), again.body());
        String second = browser.cookie("FWSESSION");
        assertNotEquals(first, second, "a new session id at login");
        assertEquals(200, browser.get("/admin").statusCode());
        assertEquals(302, planted.get("/admin").statusCode(), "the old id opens nothing any more");
    }

    @Test
    @Order(5)
    void aLoginGoesOnlyToOurOwnPagesAndNeedsItsToken() {
        AdminSession browser = new AdminSession(api.base());
        HttpResponse<String> login = browser.logIn("admin", Api.PASSWORD, "https://evil.example/admin");
        assertEquals("/admin", URI.create(login.headers().firstValue("Location").orElseThrow()).getPath());
        AdminSession forged = new AdminSession(api.base());
        forged.get("/admin/login");
        HttpResponse<String> noToken = forged.postForm("/admin/login",
                Map.of("csrf", "forged", "username", "admin", "password", Api.PASSWORD));
        assertEquals(403, noToken.statusCode());
        assertEquals(302, forged.get("/admin").statusCode(), "a forged login form logs nobody in");
    }

    @Test
    @Order(6)
    void basicWorksOnTheApi() {
        assertEquals(200, api.get("/api/feeds").statusCode());
        HttpResponse<String> wrong = api.anonymous(HttpRequest.newBuilder(URI.create(api.base() + "/api/feeds"))
                .header("Authorization", "Basic YWRtaW46d3Jvbmc="));
        assertEquals(401, wrong.statusCode());
    }

    @Test
    @Order(7)
    void failedLoginsLockTheUserNameForAWhile() {
        assertEquals(303, new AdminSession(api.base()).logIn("admin", Api.PASSWORD, null).statusCode(),
                "a login clears the count");
        AdminSession guesser = new AdminSession(api.base());
        for (int i = 0; i < 5; i++) { // the IT server's limit: 5 in a row
            assertEquals(200, guesser.logIn("admin", "guess-" + i, null).statusCode());
        }
        HttpResponse<String> locked = guesser.logIn("admin", Api.PASSWORD, null);
        assertEquals(429, locked.statusCode(), "even the right password waits: " + locked.body());
        assertTrue(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(locked.body().contains("Too many failed logins"));
        HttpResponse<String> basic = api.get("/api/feeds");
        assertEquals(429, basic.statusCode(), "Basic is locked too");
        assertTrue(basic.headers().firstValue("Retry-After").isPresent());
        assertNotEquals(429, new AdminSession(api.base()).logIn("someone-else", "x", null).statusCode(),
                "other names are not locked");
    }
}
