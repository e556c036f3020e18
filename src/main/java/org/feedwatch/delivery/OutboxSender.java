package org.feedwatch.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.feedwatch.config.MailConfig;
import org.feedwatch.config.ServerConfig;

/**
 * Drains the outbox: due messages in batches, each batch over one connection. A transient failure leaves a
 * message for a later attempt with exponential backoff; a 5xx answer fails it with the server's words.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 10;

    @Inject
    Outbox outbox;

    @Inject
    MailConfig mailConfig;

    @Inject
    ServerConfig server;

    @Inject
    Clock clock;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    private final ReentrantLock draining = new ReentrantLock();
    private MailSink sink;
    private MimeBuilder builder;

    @PostConstruct
    void init() {
        sink = mailConfig.host().isPresent() ? new SmtpSink(mailConfig)
                : new DevMailbox(server.dataDir().resolve("mailbox"));
        builder = new MimeBuilder(mailConfig.from(), mailConfig.listId());
        LOG.info(() -> mailConfig.host().map(h -> "Mail goes out through SMTP " + h + ":" + mailConfig.port())
                .orElse("No SMTP host configured (feedwatch.smtp.host): mail goes to the dev mailbox at "
                        + server.baseUrl() + "/dev/mailbox"));
    }

    /** The dev mailbox, when mail goes there. */
    public java.util.Optional<DevMailbox> devMailbox() {
        return sink instanceof DevMailbox box ? java.util.Optional.of(box) : java.util.Optional.empty();
    }

    /** Sends everything that is due; returns how many messages were accepted. One drain runs at a time. */
    public int drain() {
        if (!draining.tryLock()) {
            return 0; // the running drain picks up what is due
        }
        try {
            int sent = 0;
            while (true) {
                List<OutboxMessage> batch = outbox.takeDue(clock.instant(), BATCH);
                if (batch.isEmpty()) {
                    return sent;
                }
                int accepted = sendBatch(batch);
                sent += accepted;
                if (accepted == 0) {
                    return sent; // the server is not taking mail now; retry later, not in a tight loop
                }
            }
        } finally {
            draining.unlock();
        }
    }

    private int sendBatch(List<OutboxMessage> batch) {
        MailSink.Connection connection;
        try {
            connection = sink.open();
        } catch (MessagingException e) {
            String error = "cannot connect to the mail server: " + SmtpSink.describe(e);
            LOG.warning(() -> error + " (" + batch.size() + " message(s) wait in the outbox)");
            batch.forEach(m -> outbox.markFailed(m.id(), error, false, clock.instant(), MAX_ATTEMPTS));
            return 0;
        }
        int accepted = 0;
        try (connection) {
            for (OutboxMessage message : batch) {
                try {
                    MimeMessage mime = builder.build(sink.session(), message,
                            message.subscriberId().map(unsubscribeLinks::unsubscribeUrl).orElse(server.baseUrl()),
                            message.subscriberId().flatMap(unsubscribeLinks::unsubscribeMailto));
                    connection.send(mime);
                    outbox.markSent(message.id(), clock.instant());
                    accepted++;
                } catch (MailSink.PermanentFailure e) {
                    outbox.markFailed(message.id(), e.getMessage(), true, clock.instant(), MAX_ATTEMPTS);
                } catch (MessagingException e) {
                    outbox.markFailed(message.id(), SmtpSink.describe(e), false, clock.instant(), MAX_ATTEMPTS);
                }
            }
        }
        return accepted;
    }
}
