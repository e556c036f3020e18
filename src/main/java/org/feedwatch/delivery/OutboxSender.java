package org.feedwatch.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.feedwatch.config.DeliveryConfig;
import org.feedwatch.config.MailConfig;
import org.feedwatch.config.ServerConfig;

/**
 * Drains the outbox: due messages in batches, each batch over one connection. Three kinds of failure are kept
 * apart. A server that cannot be reached (or ends the session) is nobody's fault: the messages stay pending with
 * the error, no attempt is counted, and the whole sender backs off; only an outage longer than
 * {@code feedwatch.delivery.max-age} fails them. A 4xx answer to one message retries that message with its own
 * backoff. A 5xx answer fails the message with the server's words, and counts a bounce when it is about the address.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    MailConfig mailConfig;

    @Inject
    DeliveryConfig delivery;

    @Inject
    ServerConfig server;

    @Inject
    Clock clock;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    @Resource(lookup = "concurrent/feedwatch")
    ManagedExecutorService executor;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private MailSink sink;
    private MimeBuilder builder;
    private ConnectionBackoff backoff;
    private RetryPolicy retry;

    private record BatchOutcome(int accepted, boolean serverUnreachable) {
    }

    @PostConstruct
    void init() {
        sink = mailConfig.host().isPresent() ? new SmtpSink(mailConfig)
                : new DevMailbox(server.dataDir().resolve("mailbox"));
        builder = new MimeBuilder(mailConfig.from(), mailConfig.listId());
        backoff = new ConnectionBackoff(delivery.connectionBackoffFirst(), delivery.connectionBackoffMax());
        retry = new RetryPolicy(delivery.retryFirstDelay(), delivery.retryMaxDelay(), delivery.maxAttempts());
        LOG.info(() -> mailConfig.host().map(h -> "Mail goes out through SMTP " + h + ":" + mailConfig.port())
                .orElse("No SMTP host configured (feedwatch.smtp.host): mail goes to the dev mailbox at "
                        + server.baseUrl() + "/admin/mailbox"));
    }

    /** The dev mailbox, when mail goes there. */
    public Optional<DevMailbox> devMailbox() {
        return sink instanceof DevMailbox box ? Optional.of(box) : Optional.empty();
    }

    /** Whether the mail server could be reached last time, and if not, until when the sender waits. */
    public SenderState state() {
        return backoff.state();
    }

    /**
     * Sends everything that is due; returns how many messages were accepted (by this call). Does nothing while the
     * sender backs off from an unreachable server; while another drain runs, that one sends what is due.
     */
    public int drain() {
        // A drain already running may have looked for due messages before the caller's was recorded: the request
        // flag makes it (or this call) look once more after it finishes, so nothing waits for the next tick.
        requested.set(true);
        int sent = 0;
        while (requested.get() && backoff.ready(clock.instant()) && draining.tryLock()) {
            try {
                requested.set(false);
                sent += drainLocked();
            } finally {
                draining.unlock();
            }
        }
        return sent;
    }

    /** The administrator's "send now": tries even while backing off, after a running drain has finished. */
    public int drainNow() throws InterruptedException {
        if (!draining.tryLock(2, TimeUnit.MINUTES)) {
            return 0;
        }
        try {
            return drainLocked();
        } finally {
            draining.unlock();
        }
    }

    /**
     * Up to {@code feedwatch.delivery.connections} batches at once, each over its own connection: formatting a
     * message and writing it to the socket take a core, so one connection cannot keep up with a fast relay. This
     * thread alone claims the batches (claims racing each other deadlock on Derby), then sends one of them itself.
     */
    private int drainLocked() {
        int sent = 0;
        while (true) {
            List<List<OutboxMessage>> batches = new ArrayList<>();
            List<OutboxMessage> batch;
            while (batches.size() < delivery.connections()
                    && !(batch = outbox.takeDue(clock.instant(), delivery.batchSize())).isEmpty()) {
                batches.add(batch);
            }
            if (batches.isEmpty()) {
                return sent;
            }
            List<Future<BatchOutcome>> others = new ArrayList<>();
            for (List<OutboxMessage> other : batches.subList(1, batches.size())) {
                others.add(executor.submit(() -> sendBatch(other)));
            }
            BatchOutcome first = sendBatch(batches.get(0));
            sent += first.accepted();
            boolean unreachable = first.serverUnreachable();
            for (Future<BatchOutcome> other : others) {
                BatchOutcome outcome = outcome(other);
                sent += outcome.accepted();
                unreachable |= outcome.serverUnreachable();
            }
            if (unreachable) {
                return sent; // the backoff decides when to try again, not a tight loop
            }
        }
    }

    private static BatchOutcome outcome(Future<BatchOutcome> batch) {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            // Its claim lapses with the lease and the rows are sent then; the server is not to blame.
            LOG.log(Level.WARNING, "A sending worker failed", e.getCause());
            return new BatchOutcome(0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BatchOutcome(0, true);
        }
    }

    private BatchOutcome sendBatch(List<OutboxMessage> batch) {
        MailSink.Connection connection;
        try {
            connection = sink.open();
        } catch (MailSink.ConnectionFailure e) {
            unreachable(e.getMessage(), batch);
            return new BatchOutcome(0, true);
        }
        int failedBefore = backoff.succeeded();
        if (failedBefore > 0) {
            LOG.info(() -> "The mail server answers again (after " + failedBefore + " failed connection(s))");
        }
        int accepted = 0;
        try (connection) {
            for (int i = 0; i < batch.size(); i++) {
                OutboxMessage message = batch.get(i);
                try {
                    connection.send(build(message));
                    outbox.markSent(message.id(), clock.instant());
                    accepted++;
                } catch (MailSink.TemporaryFailure e) {
                    outbox.markRefusedForNow(message.id(), e.getMessage(), clock.instant(), retry);
                } catch (MailSink.PermanentFailure e) {
                    outbox.markRefused(message.id(), e.getMessage(), e.recipientBounce(), delivery.maxHardBounces());
                } catch (MailSink.ConnectionFailure e) {
                    unreachable(e.getMessage(), batch.subList(i, batch.size()));
                    return new BatchOutcome(accepted, true);
                } catch (MessagingException e) {
                    // Not the server's answer: this message cannot be built (e.g. a malformed address).
                    outbox.markRefused(message.id(), "cannot build the message: " + SmtpAnswer.describe(e), false,
                            delivery.maxHardBounces());
                } catch (IllegalArgumentException e) {
                    // The mail library refuses to put CR/LF into an SMTP command (the CVE-2025-7962 fix): never
                    // retried, and the rest of the batch goes on.
                    outbox.markRefused(message.id(), "cannot send the message: " + e.getMessage(), false,
                            delivery.maxHardBounces());
                }
            }
        }
        return new BatchOutcome(accepted, false);
    }

    private MimeMessage build(OutboxMessage message) throws MessagingException {
        return builder.build(sink.session(), message,
                message.subscriberId().map(unsubscribeLinks::unsubscribeUrl).orElse(server.baseUrl()),
                message.subscriberId().flatMap(unsubscribeLinks::unsubscribeMailto));
    }

    /**
     * The server cannot take mail: these messages were not tried. They stay due (the backoff, not the row, says
     * when the next try is), except those older than the max age, which fail now with the error.
     */
    private void unreachable(String error, List<OutboxMessage> notTried) {
        Instant now = clock.instant();
        Instant until = backoff.failed(error, now);
        outbox.markWaiting(notTried.stream().map(OutboxMessage::id).toList(), error, now);
        int expired = outbox.expire(now.minus(delivery.maxAge()),
                "not delivered within " + delivery.maxAge() + " (the mail server could not be reached): " + error);
        LOG.warning(() -> error + "; " + notTried.size() + " message(s) wait, next try at " + until
                + (expired > 0 ? "; " + expired + " message(s) older than " + delivery.maxAge() + " failed" : ""));
    }
}
