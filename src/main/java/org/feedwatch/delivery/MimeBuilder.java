package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/** Turns an outbox message into the MIME message that goes on the wire (or into the dev mailbox). */
public final class MimeBuilder {

    private final String from;
    private final String listId;

    public MimeBuilder(String from, String listId) {
        this.from = from;
        this.listId = listId;
    }

    /**
     * @param unsubscribeUrl the https one-click URL for List-Unsubscribe (RFC 2369 / RFC 8058)
     */
    public MimeMessage build(Session session, OutboxMessage message, String unsubscribeUrl)
            throws MessagingException {
        MimeMessage mime = new FixedIdMimeMessage(session, message.messageId());
        mime.setFrom(parseFrom());
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.recipient(), true));
        mime.setSubject(HeaderText.oneLine(message.subject(), 998), "UTF-8");
        mime.setSentDate(Date.from(message.createdAt()));
        mime.setHeader("List-Id", HeaderText.oneLine(listId, 500));
        mime.setHeader("List-Unsubscribe", "<" + HeaderText.oneLine(unsubscribeUrl, 900) + ">");
        mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mime.setHeader("Auto-Submitted", "auto-generated");

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

    private InternetAddress parseFrom() throws MessagingException {
        InternetAddress address = new InternetAddress(HeaderText.oneLine(from, 500), true);
        try {
            // Re-encode the display name so a non-ASCII name is RFC 2047 encoded.
            return address.getPersonal() == null ? address
                    : new InternetAddress(address.getAddress(), address.getPersonal(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            return address;
        }
    }

    /** saveChanges() would give the message a new Message-ID; a digest keeps the one it was recorded with. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
