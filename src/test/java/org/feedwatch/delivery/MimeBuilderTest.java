package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeBuilderTest {

    private final Session session = Session.getInstance(new Properties());

    private MimeMessage roundTrip(OutboxMessage message, String unsubscribe) throws Exception {
        MimeMessage built = new MimeBuilder("Feedwatch <alerts@example.org>", "Digests <digest.example.org>")
                .build(session, message, unsubscribe, java.util.Optional.empty());
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        built.writeTo(wire);
        return new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));
    }

    private static OutboxMessage message(String subject) {
        return new OutboxMessage(7, "daily:7:2026-11-22", "DAILY", "reader@example.org", subject, "<abc@example.org>",
                "<p>Алесь Бяляцкі</p>", "Алесь Бяляцкі", 1, Instant.parse("2026-11-22T07:00:00Z"));
    }

    @Test
    void multipartAlternativeWithHeadersAndAStableMessageId() throws Exception {
        MimeMessage mail = roundTrip(message("Feedwatch: 1 new match — Bialiatski"), "https://x.example/u?s=7&t=a");
        assertEquals("<abc@example.org>", mail.getMessageID());
        assertEquals("<https://x.example/u?s=7&t=a>", mail.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        assertEquals("Digests <digest.example.org>", mail.getHeader("List-Id", null));
        assertEquals("Feedwatch: 1 new match — Bialiatski", mail.getSubject());
        assertTrue(mail.getHeader("Subject", null).startsWith("=?UTF-8?"), "non-ASCII subject is RFC 2047 encoded");
        Multipart parts = (Multipart) mail.getContent();
        assertTrue(mail.isMimeType("multipart/alternative"));
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("Алесь Бяляцкі", parts.getBodyPart(0).getContent());
    }

    @Test
    void crlfInASubjectCannotAddAHeader() throws Exception {
        MimeMessage mail = roundTrip(message("Potash\r\nBcc: victim@example.org\r\n\r\nbody"), "https://x.example/u");
        assertEquals(null, mail.getHeader("Bcc"));
        assertFalse(mail.getSubject().contains("\n"));
        assertEquals("Potash Bcc: victim@example.org body", mail.getSubject());
    }

    @Test
    void crlfInTheUnsubscribeUrlCannotAddAHeader() throws Exception {
        MimeMessage mail = roundTrip(message("x"), "https://x.example/u\r\nBcc: victim@example.org");
        assertEquals(null, mail.getHeader("Bcc"));
    }

    @Test
    void oneLineCollapsesControlsAndCaps() {
        assertEquals("a b c", HeaderText.oneLine("a\r\n b\u2028\tc", 100));
        assertEquals("abc", HeaderText.oneLine("abcdef", 3));
        assertEquals("ab", HeaderText.oneLine("ab cd", 3));
    }
}
