package org.feedwatch.web.admin;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.config.MailConfig;
import org.feedwatch.delivery.DevMailbox;
import org.feedwatch.delivery.OutboxSender;
import org.feedwatch.web.AdminOnly;

/**
 * The dev mailbox in the console: the mail this server wrote to disk because no SMTP host is configured. With an
 * SMTP host the page says where mail goes instead, and the message URLs are 404.
 */
@Path("admin/mailbox")
@AdminOnly
public class AdminMailboxPage {

    /** The dev mailbox's message ids: a millisecond time and 8 hex digits. */
    public static final String ID = "[0-9]{13}-[0-9a-f]{8}";

    @Inject
    OutboxSender sender;

    @Inject
    MailConfig mail;

    @Inject
    AdminPages pages;

    /** A letter in the list. */
    public record LetterRow(String id, String to, String subject, String sent) {
    }

    @GET
    @Produces(AdminPages.HTML)
    public Response list() throws IOException {
        Optional<DevMailbox> box = sender.devMailbox();
        Map<String, Object> model = new HashMap<>();
        model.put("smtp", mail.host().map(h -> h + ":" + mail.port()).orElse(null));
        model.put("messages", box.isEmpty() ? List.of() : box.get().list().stream()
                .map(l -> new LetterRow(l.id(), l.to(), l.subject(), AdminPages.when(l.storedAt()))).toList());
        return pages.render("pages/admin/mailbox.html", "mailbox", model, null, null);
    }

    /** One message: its headers and text in the console, with links to its HTML as sent and the raw .eml. */
    @GET
    @Path("{id: " + ID + "}")
    @Produces(AdminPages.HTML)
    public Response show(@PathParam("id") String id) throws IOException, MessagingException {
        MimeMessage message = message(id);
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("subject", Optional.ofNullable(message.getSubject()).orElse("(no subject)"));
        model.put("from", addresses(message.getFrom()));
        model.put("to", addresses(message.getAllRecipients()));
        model.put("sent", message.getSentDate() == null ? null : AdminPages.when(message.getSentDate().toInstant()));
        model.put("text", MailParts.first(message, "text/plain").orElse(null));
        model.put("hasHtml", MailParts.first(message, "text/html").isPresent());
        return pages.render("pages/admin/letter.html", "mailbox", model, null, null);
    }

    /**
     * The message's HTML part as the recipient's client would show it, on its own: the security headers' CSP
     * (no script) applies to it like to every page.
     */
    @GET
    @Path("{id: " + ID + "}/html")
    public Response html(@PathParam("id") String id) throws IOException, MessagingException {
        String html = MailParts.first(message(id), "text/html").orElseThrow(NotFoundException::new);
        return Response.ok(html, MediaType.TEXT_HTML + ";charset=utf-8").build();
    }

    @GET
    @Path("{id: " + ID + "}.eml")
    @Produces("message/rfc822")
    public byte[] raw(@PathParam("id") String id) throws IOException {
        return mailbox().raw(id).orElseThrow(NotFoundException::new);
    }

    private MimeMessage message(String id) throws IOException {
        return mailbox().read(id).orElseThrow(NotFoundException::new);
    }

    private DevMailbox mailbox() {
        return sender.devMailbox().orElseThrow(NotFoundException::new);
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return String.join(", ", java.util.Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString()).toList());
    }
}
