package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import org.feedwatch.config.MailConfig;

/**
 * The digest-delivery benchmark's way into the production {@link SmtpSink}, which is package-private: it lives in
 * the benchmark's source tree (compiled only by the {@code benchmark-mail} profile) but in this package, so the
 * benchmark sends through the same Session properties, Transport and error mapping as {@link OutboxSender}, over one
 * connection opened by {@link SmtpSink#open()}, without a seam in the production code.
 */
public final class BenchmarkSmtpConnection implements AutoCloseable {

    private final SmtpSink sink;
    private final MailSink.Connection connection;

    /** Connects to a plain SMTP server (no auth, no STARTTLS) at host:port. */
    public BenchmarkSmtpConnection(String host, int port) throws MessagingException {
        this.sink = new SmtpSink(new FixedMailConfig(host, port));
        this.connection = sink.open();
    }

    /** The session messages must be built with (as OutboxSender builds them with the sink's session). */
    public Session session() {
        return sink.session();
    }

    /** Sends one message on the open connection; a 5xx answer becomes a MessagingException with its text. */
    public void send(MimeMessage message) throws MessagingException {
        try {
            connection.send(message);
        } catch (MailSink.PermanentFailure e) {
            throw new MessagingException("refused: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        connection.close();
    }

    /** MailConfig with the values the benchmark needs instead of MicroProfile Config injection. */
    private static final class FixedMailConfig extends MailConfig {
        private final String host;
        private final int port;

        FixedMailConfig(String host, int port) {
            this.host = host;
            this.port = port;
        }

        @Override
        public Optional<String> host() {
            return Optional.of(host);
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
        public boolean startTls() {
            return false;
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(30);
        }
    }
}
