package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.config.MailConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpSinkSendTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final String HTML = "<p>Суд у Мінску: Алесь <strong>Бяляцкі</strong> &amp; others</p>\n".repeat(40);
    private static final String TEXT = "Суд у Мінску: Алесь Бяляцкі\n".repeat(40);

    /** The settings SmtpSink reads, without MicroProfile Config. */
    private static final class LoopbackConfig extends MailConfig {
        private final int port;

        LoopbackConfig(int port) {
            this.port = port;
        }

        @Override
        public Optional<String> host() {
            return Optional.of("127.0.0.1");
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public Optional<String> user() {
            return Optional.empty();
        }

        @Override
        public Optional<String> password() {
            return Optional.empty();
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(10);
        }
    }

    @Test
    void sendsTwoMessagesOverOneConnectionWithNagleOff() throws Exception {
        SmtpSink sink = new SmtpSink(new LoopbackConfig(SMTP.getSmtp().getPort()));
        MimeBuilder builder = new MimeBuilder("Feedwatch <alerts@example.org>", "Digests <digest.example.org>");

        try (MailSink.Connection connection = sink.open()) {
            for (int i = 1; i <= 2; i++) {
                OutboxMessage message = new OutboxMessage(i, "daily:" + i, "DAILY", "reader" + i + "@example.org",
                        "Feedwatch: 2 new matches — Бяляцкі", "<m" + i + "@example.org>", HTML, TEXT, 2,
                        Instant.parse("2026-11-22T07:00:00Z"));
                connection.send(builder.build(sink.session(), message, "https://x.example/u?s=" + i,
                        Optional.empty()));
            }
        }

        assertSame(NoDelaySocketFactory.INSTANCE, sink.session().getProperties().get("mail.smtp.socketFactory"));
        try (Socket socket = NoDelaySocketFactory.INSTANCE.createSocket()) {
            assertTrue(socket.getTcpNoDelay());
        }
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(2, received.length);
        Multipart parts = (Multipart) received[1].getContent();
        assertEquals("Feedwatch: 2 new matches — Бяляцкі", received[1].getSubject());
        // Quoted-printable brings line breaks back as CRLF, base64 as they were.
        assertEquals(TEXT, lf(parts.getBodyPart(0).getContent()));
        assertEquals(HTML, lf(parts.getBodyPart(1).getContent()));
    }

    private static String lf(Object text) {
        return text.toString().replace("\r\n", "\n");
    }
}
