package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;

/**
 * The digest-delivery benchmark's way into the production {@link SmtpSink}, which is package-private: it lives in
 * the benchmark's source tree (compiled only by the {@code benchmark-mail} profile) but in this package, so the
 * benchmark sends through the same Session properties, Transport and error mapping as {@link OutboxSender}, over
 * connections opened by {@link SmtpSink#open()}, without a seam in the production code.
 */
public final class BenchmarkSmtpConnection implements AutoCloseable {

    /** One production sink (one Session, as OutboxSender has), from which any number of connections are opened. */
    public static final class Sink {
        private final SmtpSink sink;

        /** A plain SMTP server (no auth, no STARTTLS) at host:port. */
        public Sink(String host, int port) {
            this.sink = new SmtpSink(host, port, null, null, false, Duration.ofSeconds(30));
        }

        /** The session messages must be built with (as OutboxSender builds them with the sink's session). */
        public Session session() {
            return sink.session();
        }

        public BenchmarkSmtpConnection open() throws MessagingException {
            try {
                return new BenchmarkSmtpConnection(sink.open());
            } catch (MailSink.ConnectionFailure e) {
                throw new MessagingException("cannot connect: " + e.getMessage());
            }
        }
    }

    private final MailSink.Connection connection;

    private BenchmarkSmtpConnection(MailSink.Connection connection) {
        this.connection = connection;
    }

    /** Sends one message on the open connection; any refusal becomes a MessagingException with its text. */
    public void send(MimeMessage message) throws MessagingException {
        try {
            connection.send(message);
        } catch (MailSink.PermanentFailure | MailSink.TemporaryFailure | MailSink.ConnectionFailure e) {
            throw new MessagingException("refused: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
