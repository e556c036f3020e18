package org.feedwatch.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** Reading what GreenMail received, per recipient. */
final class Mailbox {

    private Mailbox() {
    }

    static List<MimeMessage> to(GreenMailExtension smtp, String recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(recipient)) {
                found.add(m);
            }
        }
        return found;
    }

    /** The text/plain part of a multipart digest. */
    static String text(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no text/plain part");
    }
}
