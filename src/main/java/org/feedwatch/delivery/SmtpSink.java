package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Method;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.feedwatch.config.MailConfig;

/** Sends through the configured SMTP server, one connection per batch. */
final class SmtpSink implements MailSink {

    private static final Logger LOG = Logger.getLogger(SmtpSink.class.getName());
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*([245])\\d\\d\\b");

    private final MailConfig config;
    private final Session session;

    SmtpSink(MailConfig config) {
        this.config = config;
        Properties props = new Properties();
        String host = config.host().orElseThrow();
        String timeout = Long.toString(config.timeout().toMillis());
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(config.port()));
        props.put("mail.smtp.auth", Boolean.toString(config.user().isPresent()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(config.startTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(config.startTls()));
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        // TCP_NODELAY: without it each message stalled ~40 ms on Nagle + delayed ACK (see NoDelaySocketFactory).
        props.put("mail.smtp.socketFactory", NoDelaySocketFactory.INSTANCE);
        this.session = Session.getInstance(props);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Connection open() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(config.host().orElseThrow(), config.port(), config.user().orElse(null),
                config.password().orElse(null));
        return new Connection() {
            @Override
            public void send(MimeMessage message) throws MessagingException, PermanentFailure {
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    if (isPermanent(e)) {
                        throw new PermanentFailure(describe(e));
                    }
                    throw e;
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
        };
    }

    /** A 5xx answer anywhere in the chain. The SMTP provider's exceptions carry it as getReturnCode(). */
    static boolean isPermanent(Exception failure) {
        for (Exception e = failure; e != null; e = next(e)) {
            int code = returnCode(e);
            if (code >= 500 && code < 600) {
                return true;
            }
            if (code == -1 && e.getMessage() != null) {
                Matcher m = LEADING_CODE.matcher(e.getMessage());
                if (m.find() && m.group(1).equals("5")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Exception next(Exception e) {
        if (e instanceof MessagingException me && me.getNextException() != e) {
            return me.getNextException();
        }
        return null;
    }

    private static int returnCode(Exception e) {
        try {
            Method method = e.getClass().getMethod("getReturnCode");
            return ((Number) method.invoke(e)).intValue();
        } catch (ReflectiveOperationException | ClassCastException notSmtp) {
            return -1;
        }
    }

    static String describe(Exception failure) {
        StringBuilder out = new StringBuilder();
        for (Exception e = failure; e != null; e = next(e)) {
            if (out.length() > 0) {
                out.append(" / ");
            }
            out.append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip());
        }
        return out.toString();
    }
}
