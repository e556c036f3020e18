package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Builds MIME, writes it to bytes and parses it back: what the tests check is what a mail client would read. */
class MimeBuilderTest {

    private static final List<String> HEADERS = List.of("Auto-Submitted", "Content-Type", "Date", "From",
            "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version", "Message-ID", "Subject", "To",
            "X-Auto-Response-Suppress");

    private final Session session = Session.getInstance(new Properties());
    private final MimeBuilder builder = new MimeBuilder("Feedwatch <alerts@example.org>",
            "Digests <digest.example.org>");

    private MimeMessage roundTrip(MimeBuilder with, OutboxMessage message, String unsubscribe,
            Optional<String> mailto) throws Exception {
        MimeMessage built = with.build(session, message, unsubscribe, mailto);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        built.writeTo(wire);
        return new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));
    }

    private MimeMessage roundTrip(OutboxMessage message, String unsubscribe) throws Exception {
        return roundTrip(builder, message, unsubscribe, Optional.empty());
    }

    private static OutboxMessage message(String subject) {
        return message(subject, "reader@example.org");
    }

    private static OutboxMessage message(String subject, String recipient) {
        return new OutboxMessage(7, "daily:7:2026-11-22", "DAILY", recipient, subject, "<abc@example.org>",
                "<p>Алесь Бяляцкі</p>", "Алесь Бяляцкі", 1, Instant.parse("2026-11-22T07:00:00Z"));
    }

    private static List<String> headerNames(MimeMessage mail) throws MessagingException {
        List<String> names = new ArrayList<>();
        for (Header header : Collections.list(mail.getAllHeaders())) {
            names.add(header.getName());
        }
        Collections.sort(names);
        return names;
    }

    @Test
    void multipartAlternativeTextFirstHtmlLastWithHeadersAndAStableMessageId() throws Exception {
        MimeMessage mail = roundTrip(builder, message("1 new story: Bialiatski"), "https://x.example/u?s=7&t=a",
                Optional.of("mailto:unsubscribe@example.org?subject=unsubscribe%207.abc"));

        assertEquals(HEADERS, headerNames(mail));
        assertEquals("<abc@example.org>", mail.getMessageID());
        assertEquals("<https://x.example/u?s=7&t=a>, <mailto:unsubscribe@example.org?subject=unsubscribe%207.abc>",
                mail.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        assertEquals("Digests <digest.example.org>", mail.getHeader("List-Id", null));
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
        assertEquals(new InternetAddress("reader@example.org"), mail.getRecipients(MimeMessage.RecipientType.TO)[0]);
        assertEquals(new InternetAddress("alerts@example.org", "Feedwatch"), mail.getFrom()[0]);
        assertEquals(Instant.parse("2026-11-22T07:00:00Z"), mail.getSentDate().toInstant());
        assertTrue(mail.isMimeType("multipart/alternative"));
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("UTF-8", new ContentType(parts.getBodyPart(0).getContentType()).getParameter("charset"));
        assertEquals("UTF-8", new ContentType(parts.getBodyPart(1).getContentType()).getParameter("charset"));
        assertEquals("Алесь Бяляцкі", parts.getBodyPart(0).getContent());
        assertEquals("<p>Алесь Бяляцкі</p>", parts.getBodyPart(1).getContent());
    }

    @Test
    void withoutAMailtoListUnsubscribeHasOnlyTheHttpsUrl() throws Exception {
        MimeMessage mail = roundTrip(message("x"), "https://x.example/u?s=7&t=a");
        assertEquals("<https://x.example/u?s=7&t=a>", mail.getHeader("List-Unsubscribe", null));
    }

    @Test
    void aLongCyrillicSubjectIsEncodedAndFoldedIntoShortLines() throws Exception {
        String subject = "5 new stories: Алеся Бяляцкага вызвалілі, Палітвязні ў Беларусі, Санкцыі супраць "
                + "Беларуськалія and 2 more rules — перавозкі калію праз Клайпеду спынены 🚫";
        MimeMessage mail = roundTrip(message(subject), "https://x.example/u");

        assertEquals(subject, mail.getSubject());
        String raw = mail.getHeader("Subject", null);
        assertTrue(raw.startsWith("=?UTF-8?"), raw);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        mail.writeTo(wire);
        String head = wire.toString(StandardCharsets.US_ASCII).split("\r\n\r\n", 2)[0];
        for (String line : head.split("\r\n")) {
            assertTrue(line.length() <= 78, "header line longer than 78: " + line);
            assertTrue(line.chars().allMatch(c -> c < 128), "header line not ASCII: " + line);
        }
    }

    @Test
    void crlfInASubjectBuiltFromARuleNameOrTitleCannotAddAHeader() throws Exception {
        MimeMessage mail = roundTrip(message("Potash\r\nBcc: victim@example.org\r\n\r\nbody \u202Egnp.exe"),
                "https://x.example/u");

        assertEquals(HEADERS, headerNames(mail));
        assertEquals(null, mail.getHeader("Bcc"));
        assertEquals("Potash Bcc: victim@example.org body gnp.exe", mail.getSubject());
        assertEquals(1, mail.getAllRecipients().length);
    }

    @Test
    void aRecipientWithCrlfOrMoreThanOneAddressIsRefusedBeforeTheTransport() {
        for (String recipient : List.of("reader@example.org\r\nBcc: victim@example.org",
                "reader@example.org\nRCPT TO:<victim@example.org>", "reader@example.org\u0085x",
                "reader@example.org, victim@example.org", "Reader <reader@example.org>", "group: a@b.org;")) {
            assertThrows(AddressException.class, () -> builder.build(session, message("x", recipient),
                    "https://x.example/u", Optional.empty()), recipient);
        }
    }

    @Test
    void fromAndListIdConfigWithCrlfAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new MimeBuilder("Feedwatch <a@example.org>\r\nBcc: victim@example.org", "Digests <d.example.org>"));
        assertThrows(IllegalArgumentException.class,
                () -> new MimeBuilder("Feedwatch <a@example.org>", "Digests <d.example.org>\r\nBcc: victim@example.org"));
        assertThrows(IllegalArgumentException.class, () -> new MimeBuilder("not an address", "Digests <d.example.org>"));
    }

    @Test
    void anUnsubscribeUrlOrMailtoWithCrlfIsRefused() {
        assertThrows(MessagingException.class, () -> builder.build(session, message("x"),
                "https://x.example/u\r\nBcc: victim@example.org", Optional.empty()));
        assertThrows(MessagingException.class, () -> builder.build(session, message("x"),
                "https://x.example/u", Optional.of("mailto:u@example.org\r\nBcc: victim@example.org")));
    }

    @Test
    void aNonAsciiDisplayNameInFromIsEncoded() throws Exception {
        MimeMessage mail = roundTrip(new MimeBuilder("Фідвоч <alerts@example.org>", "Digests <digest.example.org>"),
                message("x"), "https://x.example/u", Optional.empty());
        assertTrue(mail.getHeader("From", null).startsWith("=?UTF-8?"), mail.getHeader("From", null));
        assertEquals("Фідвоч", ((InternetAddress) mail.getFrom()[0]).getPersonal());
    }

    @Test
    void oneLineCollapsesControlsDropsDirectionOverridesAndCaps() {
        assertEquals("a b c", HeaderText.oneLine("a\r\n b\u2028\tc", 100));
        assertEquals("abc", HeaderText.oneLine("abcdef", 3));
        assertEquals("ab", HeaderText.oneLine("ab cd", 3));
        assertEquals("abc", HeaderText.oneLine("a\u202Eb\u2066c", 10));
    }
}
