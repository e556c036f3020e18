package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import org.feedwatch.it.ScriptedSmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SMTP sink against a real (scripted) SMTP server on loopback: what each kind of answer becomes. */
class SmtpSinkTest {

    private final ScriptedSmtpServer smtp = new ScriptedSmtpServer(0);
    private final SmtpSink sink = new SmtpSink("127.0.0.1", smtp.port(), null, null, false, Duration.ofSeconds(10));

    @AfterEach
    void stop() {
        smtp.close();
    }

    @Test
    void aTemporaryRefusalFailsOnlyThatMessageAndTheConnectionGoesOn() throws Exception {
        smtp.answerRcpt("b@example.org", "451 4.3.0 try again later");
        try (MailSink.Connection connection = sink.open()) {
            connection.send(mail("a@example.org"));
            MailSink.TemporaryFailure refused = assertThrows(MailSink.TemporaryFailure.class,
                    () -> connection.send(mail("b@example.org")));
            assertTrue(refused.getMessage().contains("451 4.3.0 try again later"), refused.getMessage());
            assertTrue(refused.getMessage().contains("RCPT TO:<b@example.org>"), refused.getMessage());
            connection.send(mail("c@example.org"));
        }
        assertEquals(2, smtp.received().size());
        assertEquals(1, smtp.receivedFor("c@example.org").size());
        assertEquals(1, smtp.connections(), "one connection for the batch");
        assertTrue(smtp.commands().stream().anyMatch(c -> c.equalsIgnoreCase("RSET")), smtp.commands().toString());
    }

    @Test
    void anUnknownUserIsAPermanentBounceWithTheServersWords() throws Exception {
        smtp.alwaysAnswerRcpt("gone@example.org", "550 5.1.1 <gone@example.org>: user unknown");
        try (MailSink.Connection connection = sink.open()) {
            MailSink.PermanentFailure refused = assertThrows(MailSink.PermanentFailure.class,
                    () -> connection.send(mail("gone@example.org")));
            assertTrue(refused.recipientBounce());
            assertTrue(refused.getMessage().startsWith("550 5.1.1 <gone@example.org>: user unknown"),
                    refused.getMessage());
            connection.send(mail("next@example.org"));
        }
        assertEquals(1, smtp.receivedFor("next@example.org").size());
        assertEquals(1, smtp.connections());
    }

    @Test
    void aRefusedContentIsPermanentButNotTheAddressesFault() throws Exception {
        smtp.answerData("spam@example.org", "554 5.7.1 message rejected as spam");
        try (MailSink.Connection connection = sink.open()) {
            MailSink.PermanentFailure refused = assertThrows(MailSink.PermanentFailure.class,
                    () -> connection.send(mail("spam@example.org")));
            assertFalse(refused.recipientBounce());
            assertTrue(refused.getMessage().contains("554 5.7.1 message rejected as spam"), refused.getMessage());
        }
    }

    @Test
    void aTemporaryRefusalAfterDataIsTemporary() throws Exception {
        smtp.answerData("busy@example.org", "452 4.3.1 insufficient system storage");
        try (MailSink.Connection connection = sink.open()) {
            assertThrows(MailSink.TemporaryFailure.class, () -> connection.send(mail("busy@example.org")));
            connection.send(mail("busy@example.org"));
        }
        assertEquals(1, smtp.receivedFor("busy@example.org").size());
    }

    @Test
    void aRefusingGreetingIsTheServersProblemNotABounce() {
        smtp.greeting("554 5.7.1 no mail from your address");
        MailSink.ConnectionFailure failure = assertThrows(MailSink.ConnectionFailure.class, sink::open);
        assertTrue(failure.getMessage().contains("554 5.7.1 no mail from your address"), failure.getMessage());
    }

    @Test
    void aServerClosingTheSessionStopsTheBatch() throws Exception {
        smtp.answerRcpt("x@example.org", "421 4.3.2 shutting down");
        try (MailSink.Connection connection = sink.open()) {
            MailSink.ConnectionFailure failure = assertThrows(MailSink.ConnectionFailure.class,
                    () -> connection.send(mail("x@example.org")));
            assertTrue(failure.getMessage().contains("421 4.3.2 shutting down"), failure.getMessage());
        }
    }

    @Test
    void aServerThatIsNotListeningIsAConnectionFailure() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        SmtpSink nowhere = new SmtpSink("127.0.0.1", closedPort, null, null, false, Duration.ofSeconds(5));
        MailSink.ConnectionFailure failure = assertThrows(MailSink.ConnectionFailure.class, nowhere::open);
        assertTrue(failure.getMessage().startsWith("cannot use the mail server 127.0.0.1:" + closedPort),
                failure.getMessage());
    }

    @Test
    void answersAreReadFromTheMessageWhenTheExceptionCarriesNoCode() {
        assertTrue(SmtpAnswer.of(new MessagingException("550 5.1.1 mailbox unavailable")).permanent());
        assertTrue(SmtpAnswer.of(new MessagingException("451 4.3.0 try again later")).temporary());
        SmtpAnswer none = SmtpAnswer.of(new MessagingException("Could not connect to SMTP host"));
        assertEquals(-1, none.code());
        MessagingException nested = new MessagingException("send failed", new MessagingException("554 5.7.1 no"));
        assertTrue(SmtpAnswer.of(nested).permanent());
        assertEquals("send failed / 554 5.7.1 no", SmtpAnswer.describe(nested));
    }

    private MimeMessage mail(String to) throws MessagingException {
        MimeMessage message = new MimeMessage(sink.session());
        message.setFrom(new InternetAddress("feedwatch@localhost"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject("test");
        message.setText("hello");
        message.saveChanges();
        return message;
    }
}
