package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox against real SMTP answers: a mail server that is down (nothing listens on the IT SMTP port), GreenMail
 * when it is back, and a scripted server for the 4xx and 5xx answers GreenMail cannot give. Each test starts and
 * stops its own server on the port, so none is left listening for the next test.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private final Api api = Api.forItServer();
    private final OutboxFlow flow = new OutboxFlow(api);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void aDigestWaitsWhileTheMailServerIsDownAndGoesOutOnceWhenItIsBack() throws Exception {
        String email = "down-" + run + "@example.org";
        long subscriber = flow.subscriber(email);
        flow.newMatchingItem();
        long id = flow.digest(subscriber); // nothing listens on the SMTP port

        JsonObject waiting = flow.message(id);
        assertEquals("pending", waiting.getString("status"), waiting.toString());
        assertEquals(0, waiting.getInt("attempts"), "an unreachable server uses up no attempt");
        assertTrue(waiting.getString("lastError").contains("127.0.0.1:" + SMTP_PORT), waiting.toString());
        assertTrue(waiting.getString("waiting").startsWith("waiting: cannot use the mail server"), waiting.toString());
        JsonObject status = Api.object(api.get("/api/outbox/status"));
        assertEquals("backing-off", status.getJsonObject("sender").getString("state"), status.toString());
        assertTrue(status.getJsonNumber("pending").longValue() >= 1, status.toString());
        assertNotNull(status.getString("oldestPendingAge"));
        assertTrue(Api.array(api.get("/api/outbox?status=pending&limit=500")).stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getJsonNumber("id").longValue() == id));

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try {
            JsonObject sent = flow.awaitStatus(id, "sent", true, AT_MOST);
            assertEquals(1, sent.getInt("attempts"), sent.toString());
            assertEquals("ok", Api.object(api.get("/api/outbox/status")).getJsonObject("sender").getString("state"));
            api.post("/api/outbox/drain", null); // a further drain sends nothing again
            List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), email);
            assertEquals(1, mails.size(), "exactly one delivery");
            assertEquals(sent.getString("messageId"), mails.get(0).getMessageID());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aTemporaryRefusalIsRetriedAndDeliveredOnce() throws Exception {
        String email = "busy-" + run + "@example.org";
        long subscriber = flow.subscriber(email);
        flow.newMatchingItem();
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(SMTP_PORT)) {
            smtp.answerRcpt(email, "451 4.7.1 greylisted, try again later");
            long id = flow.digest(subscriber);
            JsonObject sent = flow.awaitStatus(id, "sent", true, AT_MOST);
            assertEquals(2, sent.getInt("attempts"), sent.toString());
            assertEquals(1, smtp.receivedFor(email).size(), "exactly one delivery");
            assertEquals(sent.getString("messageId"), smtp.receivedFor(email).get(0).messageId());
            assertTrue(smtp.commands().stream().filter(c -> c.toUpperCase().startsWith("RCPT")).count() >= 2);
        }
    }

    @Test
    void permanentRefusalsFailWithTheServersWordsAndPauseTheSubscriberAtTheLimit() throws Exception {
        String email = "gone-" + run + "@example.org";
        long subscriber = flow.subscriber(email);
        String answer = "550 5.1.1 <" + email + ">: Recipient address rejected: User unknown";
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(SMTP_PORT)) {
            smtp.alwaysAnswerRcpt(email, answer);
            for (int bounce = 1; bounce <= 3; bounce++) { // feedwatch.delivery.max-hard-bounces: 3 by default
                flow.newMatchingItem();
                long id = flow.digest(subscriber);
                JsonObject message = flow.awaitStatus(id, "failed", true, AT_MOST);
                assertTrue(message.getString("lastError").startsWith(answer), message.toString());
                assertEquals(1, message.getInt("attempts"), "a 5xx is not retried");
            }
            assertEquals(0, smtp.receivedFor(email).size());

            JsonObject view = Api.object(api.get("/api/subscribers/" + subscriber));
            assertEquals("paused", view.getString("deliveryMode"), view.toString());
            assertTrue(view.getString("pausedReason").contains(answer), view.toString());
            assertEquals(3, view.getInt("hardBounces"), view.toString());
        }
    }

    @Test
    void aFailedMessageCanBeRetriedAndBadQueriesAreRefused() throws Exception {
        String email = "retry-" + run + "@example.org";
        long subscriber = flow.subscriber(email);
        flow.newMatchingItem();
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(SMTP_PORT)) {
            smtp.answerRcpt(email, "550 5.1.1 mailbox unavailable");
            long id = flow.digest(subscriber);
            flow.awaitStatus(id, "failed", true, AT_MOST);
            HttpResponse<String> retried = api.post("/api/outbox/" + id + "/retry", null);
            assertEquals(200, retried.statusCode(), retried.body());
            assertEquals("pending", Api.object(retried).getString("status"));
            JsonObject sent = flow.awaitStatus(id, "sent", true, AT_MOST);
            assertEquals(1, sent.getInt("attempts"), "a retried message starts with fresh attempts");
            assertEquals(1, smtp.receivedFor(email).size());
            HttpResponse<String> again = api.post("/api/outbox/" + id + "/retry", null);
            assertEquals(409, again.statusCode(), again.body());
            assertEquals("status", Api.object(again).getString("field"), again.body());
        }
        assertEquals(404, api.get("/api/outbox/999999999").statusCode());
        for (String query : List.of("status=bogus", "limit=0", "limit=501", "limit=x")) {
            HttpResponse<String> bad = api.get("/api/outbox?" + query);
            assertEquals(400, bad.statusCode(), query + ": " + bad.body());
            assertEquals(query.substring(0, query.indexOf('=')), Api.object(bad).getString("field"), bad.body());
        }
    }
}
