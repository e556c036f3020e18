package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The public sign-up with double opt-in, over HTTP and a real SMTP inbox, with the test clock: the same answer
 * for every address, one confirmation mail, a link whose GET changes nothing and whose POST confirms, no digest
 * before that, the notice for a subscribed address, expired and forged links, the purge.
 */
@ExtendWith(ArquillianExtension.class)
class SubscribeIT {

    private static final String ACCEPTED = "{\"status\":\"check your inbox\"}";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private final Api api = Api.forItServer();
    private final SignUpClient visitor = new SignUpClient(api);
    private final TimeMachine time = new TimeMachine(api);
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    // Sixty days back: days later on this clock are still before every other test's subscriber's next digest, so
    // no one else's digest goes out while this test moves the time.
    private final Instant start = Instant.now().minus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);
    private final List<Long> subscribers = new ArrayList<>();
    private long feedId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatchWithTestClock();
    }

    @AfterEach
    void cleanUp() {
        subscribers.forEach(id -> api.delete("/api/subscribers/" + id));
        if (feedId != 0) {
            api.delete("/api/feeds/" + feedId);
        }
    }

    @Test
    void signUpConfirmWithTheButtonThenSignUpAgain() throws Exception {
        time.set(start);
        String email = "optin-" + run + "@example.org";
        HttpResponse<String> first = visitor.subscribe(Json.createObjectBuilder().add("email", email)
                .add("timeZone", "Europe/Vilnius").add("deliveryMode", "daily").add("digestTime", "07:00")
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Potash")
                        .add("type", "keyword").add("query", "potash"))).build());
        assertEquals(202, first.statusCode(), first.body());
        assertEquals(ACCEPTED, first.body());

        MimeMessage confirmation = Mails.awaitMailTo(SMTP, email);
        assertEquals("Confirm your Feedwatch subscription", confirmation.getSubject());
        assertTrue(confirmation.getContentType().startsWith("multipart/alternative"), confirmation.getContentType());
        String link = visitor.confirmLink(confirmation);
        long id = visitor.idOf(link);
        subscribers.add(id);
        JsonObject stored = visitor.subscriber(id);
        assertFalse(stored.getBoolean("confirmed"), stored.toString());
        assertEquals(1, Api.array(api.get("/api/subscribers/" + id + "/rules")).size());

        // Unconfirmed, a minute later: the same answer, and no second mail (the rate limit).
        time.set(start.plusSeconds(60));
        HttpResponse<String> again = visitor.subscribe(Json.createObjectBuilder().add("email", email)
                .add("timeZone", "Europe/Vilnius").build());
        assertEquals(202, again.statusCode());
        assertEquals(ACCEPTED, again.body());

        // A matching item, and a whole day of digest ticks' worth of time: nothing goes to the unconfirmed address.
        String path = "/optin-" + run + ".xml";
        feeds.serve(path, FeedServer.rss("Opt-in test " + run, FeedServer.item(run + "-1",
                "Potash exports fall again", "News about potash.")), "application/rss+xml");
        feedId = api.addFeed(feeds.url(path));
        assertEquals(1, api.poll(feedId).getInt("newItems"));
        assertEquals(1, Api.array(api.get("/api/subscribers/" + id + "/matches")).size(), "the item matched");
        assertEquals(204, api.post("/api/subscribers/" + id + "/digest", null).statusCode());
        Instant nextDay = start.plus(Duration.ofHours(25));
        time.tickAt(nextDay);
        assertEquals(List.of("CONFIRM"), visitor.outboxKindsFor(email), "only the confirmation mail");

        // Opening the link (as a mail scanner would) changes nothing; the button confirms.
        HttpResponse<String> page = visitor.anonymous(HttpRequest.newBuilder(URI.create(link)).GET());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<form method=\"post\""), page.body());
        assertFalse(visitor.subscriber(id).getBoolean("confirmed"), "a GET does not confirm");
        HttpResponse<String> confirmed = visitor.confirm(link);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("You are subscribed"), confirmed.body());
        assertTrue(confirmed.body().contains("/subscription?s=" + id + "&amp;t="), "the manage link");
        JsonObject now = visitor.subscriber(id);
        assertTrue(now.getBoolean("confirmed") && now.getBoolean("active"), now.toString());
        assertEquals(200, visitor.confirm(link).statusCode(), "confirming twice is fine");
        assertEquals(1, Mails.to(SMTP, email).size(), "exactly one mail so far");

        // Subscribed: the same answer, and a mail saying so with the manage link.
        time.set(nextDay.plusSeconds(60));
        HttpResponse<String> known = visitor.subscribeForm(Map.of("email", email, "timeZone", "Europe/Vilnius"));
        assertEquals(202, known.statusCode(), known.body());
        assertEquals(ACCEPTED, known.body());
        List<MimeMessage> mails = Mails.to(SMTP, email);
        for (int wait = 0; wait < 50 && mails.size() < 2; wait++) {
            Thread.sleep(200);
            mails = Mails.to(SMTP, email);
        }
        assertEquals(2, mails.size(), "the confirmation, then the notice");
        MimeMessage notice = mails.get(1);
        assertEquals("You are already subscribed to Feedwatch", notice.getSubject());
        assertTrue(Mails.textPart(notice).contains("/subscription?s=" + id + "&t="), Mails.textPart(notice));
        assertEquals(List.of("CONFIRM", "NOTICE"), visitor.outboxKindsFor(email));
    }

    @Test
    void expiredAndForgedLinksAreRefusedAndUnconfirmedSignUpsArePurged() throws Exception {
        time.set(start);
        String email = "expiry-" + run + "@example.org";
        assertEquals(ACCEPTED, visitor.subscribe(Json.createObjectBuilder().add("email", email)
                .add("timeZone", "America/New_York").build()).body());
        String link = visitor.confirmLink(Mails.awaitMailTo(SMTP, email));
        long id = visitor.idOf(link);
        subscribers.add(id);

        String forged = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");
        for (String bad : List.of(forged, link.replaceFirst("&e=(\\d+)", "&e=9$1"))) {
            HttpResponse<String> refused = visitor.anonymous(HttpRequest.newBuilder(URI.create(bad)).GET());
            assertEquals(404, refused.statusCode(), bad);
            assertTrue(refused.body().contains("This link is not valid"), refused.body());
            assertEquals(404, visitor.confirm(bad).statusCode());
        }

        time.set(start.plus(Duration.ofDays(2)).plusSeconds(1));
        HttpResponse<String> expired = visitor.anonymous(HttpRequest.newBuilder(URI.create(link)).GET());
        assertEquals(410, expired.statusCode());
        assertTrue(expired.body().contains("This link has expired"), expired.body());
        assertEquals(410, visitor.confirm(link).statusCode());
        assertFalse(visitor.subscriber(id).getBoolean("confirmed"));

        time.set(start.plus(Duration.ofDays(7)).plusSeconds(1));
        assertTrue(time.purge() >= 1);
        assertEquals(404, api.get("/api/subscribers/" + id).statusCode(), "purged with its rules and matches");
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        time.set(start);
        String email = "bad-" + run + "@example.org";
        HttpResponse<String> badRule = visitor.subscribe(Json.createObjectBuilder().add("email", email)
                .add("timeZone", "Europe/Vilnius").add("rules", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "keyword").add("query", "potash AND ("))).build());
        assertEquals(400, badRule.statusCode(), badRule.body());
        assertTrue(Api.object(badRule).getString("field").startsWith("rules[0]"), badRule.body());
        HttpResponse<String> noZone = visitor.subscribeForm(Map.of("email", email));
        assertEquals(400, noZone.statusCode(), noZone.body());
        assertEquals("timeZone", Api.object(noZone).getString("field"));
        assertEquals(List.of(), visitor.outboxKindsFor(email), "nothing stored, nothing sent");
    }
}
