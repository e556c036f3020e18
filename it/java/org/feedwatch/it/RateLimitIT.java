package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
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
 * The public endpoints' rate limits on the real server, as several loopback clients (127.0.0.x). The IT server's
 * limits (it/liberty/feedwatchIT/jvm.options) are 40 requests a day per client and 5 sign-ups a day per address:
 * roomy for the other ITs (each IT class gets a fresh deployment, so fresh counts), and a day per token, so no
 * token comes back while a test runs, however slow the machine.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    private static final int PER_CLIENT = 40;
    private static final int PER_ADDRESS = 5;
    private static final int PORT = Integer.getInteger("it.http.port", 9181);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private final Api api = Api.forItServer();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> subscribers = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @AfterEach
    void cleanUp() {
        subscribers.forEach(id -> api.delete("/api/subscribers/" + id));
    }

    private static String signUp(String email) {
        return Json.createObjectBuilder().add("email", email).add("timeZone", "Europe/Vilnius").build().toString();
    }

    private static void assertLimited(LoopbackClient.Answer answer) {
        assertEquals(429, answer.status(), answer.body());
        String retryAfter = answer.header("Retry-After");
        assertTrue(retryAfter != null && retryAfter.matches("[1-9][0-9]*"), "Retry-After in seconds: " + retryAfter);
    }

    @Test
    void oneClientOverItsSignUpLimitGets429WhileOthersGoOn() throws Exception {
        LoopbackClient flooder = new LoopbackClient("127.0.0.2", PORT);
        // Bad input is cheap for the server, but counts: the limit is checked before anything else.
        for (int i = 0; i < PER_CLIENT; i++) {
            assertEquals(400, flooder.postJson("/subscribe", "{\"timeZone\":\"Europe/Vilnius\"}").status());
        }
        LoopbackClient.Answer refused = flooder.postJson("/subscribe", signUp("flood-" + run + "@example.org"));
        assertLimited(refused);
        JsonObject error = Json.createReader(new java.io.StringReader(refused.body())).readObject();
        assertTrue(error.getString("error").startsWith("too many requests from your address"), refused.body());
        assertTrue(error.isNull("field"), refused.body());

        // X-Forwarded-For is not believed without a configured trusted proxy.
        assertLimited(flooder.send("POST /subscribe", Map.of("Accept", "application/json",
                "X-Forwarded-For", "198.51.100.23"), "application/json", signUp("xff-" + run + "@example.org")));

        LoopbackClient other = new LoopbackClient("127.0.0.3", PORT);
        String email = "other-" + run + "@example.org";
        assertEquals(202, other.postJson("/subscribe", signUp(email)).status());
        subscribers.add(SignUpClient.idOf(SignUpClient.confirmLink(Mails.awaitMailTo(SMTP, email))));
    }

    @Test
    void oneAddressOverItsLimitGetsTheSame429WhetherKnownOrNot() throws Exception {
        String known = "known-" + run + "@example.org";
        String unknown = "unknown-" + run + "@example.org";
        subscribers.add(api.addSubscriber(known));
        List<LoopbackClient.Answer> refusals = new ArrayList<>();
        int client = 10;
        for (String email : List.of(known, unknown)) {
            for (int i = 0; i < PER_ADDRESS; i++) {
                // each from another client, so only the address's own limit can refuse
                LoopbackClient.Answer ok = new LoopbackClient("127.0.0." + client++, PORT).postJson("/subscribe",
                        signUp(email));
                assertEquals(202, ok.status(), ok.body());
            }
            // The domain's case does not make another address.
            String again = email.replace("example.org", "EXAMPLE.org");
            refusals.add(new LoopbackClient("127.0.0." + client++, PORT).postJson("/subscribe", signUp(again)));
        }
        refusals.forEach(RateLimitIT::assertLimited);
        assertEquals(refusals.get(0).body(), refusals.get(1).body(), "the same answer for a known address");
        assertTrue(refusals.get(0).body().contains("\"field\":\"email\""), refusals.get(0).body());

        assertEquals(202, new LoopbackClient("127.0.0." + client, PORT)
                .postJson("/subscribe", signUp("third-" + run + "@example.org")).status(), "another address goes on");
        String link = SignUpClient.confirmLink(Mails.awaitMailTo(SMTP, unknown));
        subscribers.add(SignUpClient.idOf(link));
        subscribers.add(SignUpClient.idOf(SignUpClient.confirmLink(Mails.awaitMailTo(SMTP, "third-" + run
                + "@example.org"))));
    }

    @Test
    void confirmationLinksAreLimitedPerClientWithAReadablePage() {
        LoopbackClient guesser = new LoopbackClient("127.0.0.4", PORT);
        for (int i = 0; i < PER_CLIENT; i++) {
            assertEquals(404, guesser.get("/confirm?s=1&e=1&t=guess" + i, "text/html").status());
        }
        LoopbackClient.Answer refused = guesser.get("/confirm?s=1&e=1&t=guess", "text/html,application/xhtml+xml");
        assertLimited(refused);
        assertTrue(refused.header("Content-Type").startsWith("text/html"), refused.header("Content-Type"));
        assertTrue(refused.body().contains("Too many requests"), refused.body());
        assertTrue(refused.body().contains("<h1>Error 429</h1>"), refused.body());

        assertEquals(404, new LoopbackClient("127.0.0.5", PORT).get("/confirm?s=1&e=1&t=guess", "text/html")
                .status(), "another client is not limited");
    }
}
