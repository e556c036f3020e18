package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import org.feedwatch.config.MailConfig;

/**
 * Sends through the configured SMTP server, one connection per batch. After a refused message the session is
 * reset (RSET) before the next one, or opened again when the server dropped it, so one bad address does not cost
 * the rest of the batch its connection.
 */
final class SmtpSink implements MailSink {

    private static final Logger LOG = Logger.getLogger(SmtpSink.class.getName());

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Session session;

    SmtpSink(MailConfig config) {
        this(config.host().orElseThrow(), config.port(), config.user().orElse(null), config.password().orElse(null),
                config.startTls(), config.timeout());
    }

    /** @param user null: no login */
    SmtpSink(String host, int port, String user, String password, boolean startTls, Duration timeout) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        Properties props = new Properties();
        String millis = Long.toString(timeout.toMillis());
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.auth", Boolean.toString(user != null));
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        // TCP_NODELAY: without it each message stalled ~40 ms on Nagle + delayed ACK (see NoDelaySocketFactory).
        props.put("mail.smtp.socketFactory", NoDelaySocketFactory.INSTANCE);
        this.session = Session.getInstance(props);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Connection open() throws ConnectionFailure {
        return new SmtpConnection(connect());
    }

    /** Connects and logs in. Any failure here (refused, timeout, a 4xx/5xx greeting, login) is the server's. */
    private Transport connect() throws ConnectionFailure {
        try {
            Transport transport = session.getTransport("smtp");
            transport.connect(host, port, user, password);
            return transport;
        } catch (MessagingException e) {
            throw new ConnectionFailure("cannot use the mail server " + host + ":" + port + ": "
                    + SmtpAnswer.describe(e), e);
        }
    }

    private final class SmtpConnection implements Connection {
        private Transport transport;
        private boolean needsReset;

        SmtpConnection(Transport transport) {
            this.transport = transport;
        }

        @Override
        public void send(MimeMessage message) throws PermanentFailure, TemporaryFailure, ConnectionFailure {
            if (needsReset || !transport.isConnected()) {
                reset();
            }
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                needsReset = true;
                SmtpAnswer answer = SmtpAnswer.of(e);
                if (answer.sessionClosing()) {
                    throw new ConnectionFailure("the mail server ended the session: " + answer.describe(), e);
                }
                if (answer.permanent()) {
                    throw new PermanentFailure(answer.describe(), answer.aboutRecipient());
                }
                if (answer.temporary()) {
                    throw new TemporaryFailure(answer.describe());
                }
                // No answer at all: the connection broke with this message in flight. It may have arrived, but
                // no "250" was read, so it counts as a failed attempt and is tried again (same Message-ID).
                throw new TemporaryFailure("the connection broke while sending: " + answer.describe());
            }
        }

        /** Makes the session ready for a new message: RSET, or a new connection if that does not work. */
        private void reset() throws ConnectionFailure {
            needsReset = false;
            if (transport.isConnected() && rset()) {
                return;
            }
            close();
            transport = connect();
        }

        private boolean rset() {
            try {
                // SMTPTransport.simpleCommand is public but not in the Jakarta Mail API.
                Object code = transport.getClass().getMethod("simpleCommand", String.class).invoke(transport, "RSET");
                return code instanceof Number n && n.intValue() == 250;
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.fine(() -> "RSET failed, reconnecting: " + e);
                return false;
            }
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.fine(() -> "Closing the SMTP connection: " + e.getMessage());
            }
        }
    }
}
