package org.feedwatch.optin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.digest.RenderedDigest;
import org.feedwatch.digest.TemplateRenderer;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;

/**
 * Renders the sign-up's two mails (templates {@code mail/confirm} and {@code mail/already-subscribed}) and records
 * them in the outbox in the caller's transaction; the sender drains it like any digest. The key names the minute,
 * so a double submit that slips past the rate limit still records one mail (the key is unique).
 */
@ApplicationScoped
public class OptinMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    @Inject
    Outbox outbox;

    @Inject
    TemplateRenderer renderer;

    @Inject
    ConfirmLinks confirmLinks;

    @Inject
    LinkSigner signer;

    @Inject
    ServerConfig server;

    /** The confirmation mail with a fresh link. */
    void confirmation(Subscriber subscriber, Instant now) {
        ConfirmLinks.Link link = confirmLinks.issue(subscriber.id(), now);
        Map<String, Object> model = Map.of("email", subscriber.email(), "confirmUrl", link.url(),
                "expires", WHEN.format(link.expires().atZone(subscriber.zone())) + " (" + subscriber.zone().getId() + ")");
        record(subscriber, MailChoice.CONFIRM, "Confirm your Feedwatch subscription", "mail/confirm", model, now);
    }

    /** "You are already subscribed": the manage link, so the owner can change what they get. */
    void alreadySubscribed(Subscriber subscriber, Instant now) {
        Map<String, Object> model = Map.of("email", subscriber.email(), "manageUrl", signer.manageUrl(subscriber.id()));
        record(subscriber, MailChoice.NOTICE, "You are already subscribed to Feedwatch", "mail/already-subscribed",
                model, now);
    }

    private void record(Subscriber subscriber, MailChoice kind, String subject, String template,
            Map<String, Object> model, Instant now) {
        RenderedDigest mail = renderer.renderMail(template, model);
        String key = kind.name().toLowerCase(Locale.ROOT) + ":" + subscriber.id() + ":"
                + now.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
        String messageId = "<" + OutboxMessage.archiveIdOf(key) + "@" + URI.create(server.baseUrl()).getHost() + ">";
        outbox.record(new OutboxMessage(subscriber.id(), key, kind.name(), subscriber.email(), subject, messageId,
                mail.html(), mail.text(), 0, now));
    }
}
