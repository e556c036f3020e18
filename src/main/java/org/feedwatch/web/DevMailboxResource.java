package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.delivery.DevMailbox;
import org.feedwatch.delivery.OutboxSender;
import org.feedwatch.digest.TemplateRenderer;

/** The dev mailbox pages: only there when no SMTP host is configured, and only for the administrator. */
@Path("dev/mailbox")
@AdminOnly
public class DevMailboxResource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    OutboxSender sender;

    @Inject
    TemplateRenderer renderer;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String list() throws IOException {
        var letters = mailbox().list().stream().map(l -> Map.of("id", l.id(), "to", l.to(), "subject", l.subject(),
                "sentAt", WHEN.format(l.storedAt()))).toList();
        return renderer.renderPage("pages/mailbox.html", Map.of("messages", letters));
    }

    /** The message's HTML part as the recipient's client would show it (or its text part, if it has no HTML). */
    @GET
    @Path("{id: [0-9]{13}-[0-9a-f]{8}}")
    public Response show(@PathParam("id") String id) throws IOException, MessagingException {
        MimeMessage message = mailbox().read(id).orElseThrow(NotFoundException::new);
        Optional<String> html = part(message, "text/html");
        if (html.isPresent()) {
            return Response.ok(html.get(), MediaType.TEXT_HTML + ";charset=utf-8").build();
        }
        return Response.ok(part(message, "text/plain").orElse(""), MediaType.TEXT_PLAIN + ";charset=utf-8").build();
    }

    @GET
    @Path("{id: [0-9]{13}-[0-9a-f]{8}}.eml")
    @Produces("message/rfc822")
    public byte[] raw(@PathParam("id") String id) throws IOException {
        return mailbox().raw(id).orElseThrow(NotFoundException::new);
    }

    private DevMailbox mailbox() {
        return sender.devMailbox().orElseThrow(() -> new NotFoundException(
                "there is no dev mailbox: mail goes to the SMTP server in feedwatch.smtp.host"));
    }

    private static Optional<String> part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return Optional.of((String) part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> found = part(multipart.getBodyPart(i), type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
