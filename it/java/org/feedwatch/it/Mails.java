package org.feedwatch.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Mail helpers for ITs: the mails to one address, its text part, a mail dropped into a GreenMail mailbox. */
final class Mails {

    private Mails() {
    }

    /** The mails among {@code messages} addressed to {@code address}, in the order received. */
    static List<MimeMessage> to(MimeMessage[] messages, String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : messages) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                found.add(m);
            }
        }
        return found;
    }

    /** The mails GreenMail received for this address so far. */
    static List<MimeMessage> to(GreenMailExtension mail, String address) throws Exception {
        return to(mail.getReceivedMessages(), address);
    }

    /** The first mail GreenMail received for this address, waiting up to 10 s for one. */
    static MimeMessage awaitMailTo(GreenMailExtension mail, String to) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = to(mail, to);
            if (!found.isEmpty()) {
                return found.get(0);
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
