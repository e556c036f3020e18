package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;

/**
 * Turns an outbox message into the MIME message that goes on the wire (or into the dev mailbox).
 *
 * <p>No header value reaches Jakarta Mail with a line break in it: the subject (built from feed titles and rule
 * names) is made one line, and exact values (recipient, From, List-Id, Message-ID, unsubscribe URLs) are refused
 * when they hold a control character, before anything is handed to the transport. The recipient is also the
 * SMTP envelope's RCPT TO, so this check is what keeps our mail safe even on a Jakarta Mail without the
 * CVE-2025-7962 fix.
 */
public final class MimeBuilder {

    private final InternetAddress from;
    private final String listId;

    /**
     * @param from   the From header ({@code Feedwatch <digest@example.org>}), from configuration
     * @param listId the List-Id header ({@code Feedwatch digests <digest.example.org>}), from configuration
     * @throws IllegalArgumentException if either holds a line break or control character, or from is no address
     */
    public MimeBuilder(String from, String listId) {
        this.from = parseFrom(HeaderText.requireOneLine("feedwatch.mail.from", from));
        this.listId = HeaderText.requireOneLine("feedwatch.mail.list-id", listId).strip();
    }

    /**
     * @param unsubscribeUrl    the https one-click URL for List-Unsubscribe (RFC 2369 / RFC 8058)
     * @param unsubscribeMailto the mailto: URL for List-Unsubscribe, when the server has an address for it
     * @throws AddressException   if the recipient is not exactly one plain address on one line
     * @throws MessagingException if a URL or the Message-ID holds a line break or control character
     */
    public MimeMessage build(Session session, OutboxMessage message, String unsubscribeUrl,
            Optional<String> unsubscribeMailto) throws MessagingException {
        String subject = HeaderText.oneLine(message.subject(), 998);
        FixedIdMimeMessage mime = new FixedIdMimeMessage(session, exact("Message-ID", message.messageId()));
        mime.setFrom(from);
        mime.setRecipient(MimeMessage.RecipientType.TO, recipient(message.recipient()));
        mime.subject(subject);
        mime.setSentDate(Date.from(message.createdAt()));
        mime.setHeader("List-Id", listId);
        StringBuilder unsubscribe = new StringBuilder("<").append(exact("unsubscribe URL", unsubscribeUrl)).append('>');
        if (unsubscribeMailto.isPresent()) {
            unsubscribe.append(", <").append(exact("unsubscribe mailto", unsubscribeMailto.get())).append('>');
        }
        mime.setHeader("List-Unsubscribe", unsubscribe.toString());
        mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mime.setHeader("Auto-Submitted", "auto-generated");
        // Asks Exchange not to answer a digest with out-of-office and other automatic replies.
        mime.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");

        // Encoded once here rather than on every use (see TextBodyPart).
        MimeBodyPart text = TextBodyPart.of(message.bodyText(), "plain");
        MimeBodyPart html = TextBodyPart.of(message.bodyHtml(), "html");
        // multipart/alternative: the last part is the preferred one.
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        mime.saveChanges();
        return mime;
    }

    /**
     * Exactly one plain address, checked by us before Jakarta Mail's parser (which treats some controls as
     * whitespace) and before the transport puts it into RCPT TO.
     */
    static InternetAddress recipient(String recipient) throws AddressException {
        if (recipient == null || HeaderText.hasBreakOrControl(recipient)) {
            throw new AddressException("recipient holds a line break or control character");
        }
        InternetAddress[] parsed = InternetAddress.parse(recipient, true);
        if (parsed.length != 1 || parsed[0].isGroup() || !recipient.strip().equals(parsed[0].getAddress())) {
            throw new AddressException("recipient is not exactly one plain address", recipient);
        }
        parsed[0].validate();
        return parsed[0];
    }

    private static String exact(String what, String value) throws MessagingException {
        if (value == null || value.isBlank() || HeaderText.hasBreakOrControl(value) || value.indexOf(' ') >= 0) {
            throw new MessagingException(what + " holds a space, line break or control character");
        }
        return value;
    }

    private static InternetAddress parseFrom(String from) {
        try {
            InternetAddress address = new InternetAddress(from.strip(), true);
            address.validate();
            // Re-encode the display name so a non-ASCII name is RFC 2047 encoded.
            return address.getPersonal() == null ? address
                    : new InternetAddress(address.getAddress(), address.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("feedwatch.mail.from is not an address: " + e.getMessage(), e);
        }
    }

    /**
     * saveChanges() would give the message a new Message-ID; a digest keeps the one it was recorded with. The
     * subject is encoded by {@link SubjectHeader} and handed back as it was given, not decoded again (the transport
     * asks for it once per message), as long as the header is the one set here.
     */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;
        private String subject;
        private String subjectHeader;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        void subject(String text) throws MessagingException {
            if (SubjectHeader.isPlainAscii(text)) {
                setSubject(text, StandardCharsets.UTF_8.name());
                return;
            }
            subjectHeader = SubjectHeader.encode(text);
            subject = text;
            setHeader("Subject", subjectHeader);
        }

        @Override
        public String getSubject() throws MessagingException {
            String header = getHeader("Subject", null);
            return subjectHeader != null && subjectHeader.equals(header) ? subject : super.getSubject();
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
