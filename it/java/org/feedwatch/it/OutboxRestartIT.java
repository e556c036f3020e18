package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Never lost, never twice, across a restart: digests recorded while the mail server is down wait in the outbox;
 * the server is stopped with them there (between composing and sending), the mail server comes back, the server
 * starts again, and its own outbox timer (every minute at :35) sends each exactly once. On the restart server
 * (its own ports and database), started and stopped with Liberty's server script.
 */
class OutboxRestartIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);

    private final Api api = new Api(RestartServer.PORT);
    private final OutboxFlow flow = new OutboxFlow(api);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterAll
    static void stopServer() throws Exception {
        RestartServer.run("stop");
    }

    @Test
    void digestsRecordedBeforeAStopAreSentExactlyOnceAfterTheRestart() throws Exception {
        RestartServer.startAndWait();
        Map<String, Long> subscribers = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String email = "restart-outbox-" + i + "-" + run + "@example.org";
            subscribers.put(email, flow.subscriber(email));
        }
        flow.newMatchingItem();
        Map<String, Long> digests = new LinkedHashMap<>();
        for (Map.Entry<String, Long> s : subscribers.entrySet()) {
            long id = flow.digest(s.getValue()); // nothing listens on the SMTP port: recorded, not sent
            assertEquals("pending", flow.message(id).getString("status"));
            digests.put(s.getKey(), id);
        }

        assertEquals(0, RestartServer.run("stop"), "server stopped");
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try {
            RestartServer.startAndWait();
            for (Map.Entry<String, Long> d : digests.entrySet()) {
                // No admin drain here: the timer of the restarted server sends them.
                JsonObject sent = flow.awaitStatus(d.getValue(), "sent", false, Duration.ofMinutes(3));
                List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), d.getKey());
                assertEquals(1, mails.size(), "exactly one digest for " + d.getKey());
                assertEquals(sent.getString("messageId"), mails.get(0).getMessageID());
            }
            for (long subscriber : subscribers.values()) {
                HttpResponse<String> again = api.post("/api/subscribers/" + subscriber + "/digest", null);
                assertEquals(204, again.statusCode(), "the same matches again: nothing new; " + again.body());
            }
            api.post("/api/outbox/drain", null);
            for (String email : subscribers.keySet()) {
                assertEquals(1, Mails.to(smtp.getReceivedMessages(), email).size(), "still one digest for " + email);
            }
        } finally {
            smtp.stop();
        }
    }
}
