package org.feedwatch.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Mail helpers for ITs: the digest to one address, its text part, a mail dropped into a GreenMail mailbox. */
final class Mails {

    private Mails() {
    }

    /** The first mail GreenMail received for this address, waiting up to 10 s for one. */
    static MimeMessage awaitMailTo(GreenMailExtension mail, String to) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(to)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail for " + to + " within 10 s");
    }

    static String textPart(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    /** Puts a mail with this subject straight into the user's INBOX, as their mail server would. */
    static void deliver(GreenMailUser user, String subject) throws Exception {
        MimeMessage request = new MimeMessage(Session.getInstance(new Properties()));
        request.setFrom(new InternetAddress("someone@example.org"));
        request.setRecipients(MimeMessage.RecipientType.TO, user.getEmail());
        request.setSubject(subject, "UTF-8");
        request.setText("Sent from my mail client");
        user.deliver(request);
    }

    /** Text as an HTML page escapes it (Pebble's html strategy). */
    static String htmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
