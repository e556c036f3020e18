package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubjectHeaderTest {

    private static final String ALPHABET = "abc XYZ 0129 —«»… ЎўІіЁё Бяляцкі Алеся Клайпеда ĄąŁł ü 🚫😀 &=?_\"";

    @Test
    void randomSubjectsDecodeToThemselvesInShortAsciiLinesOfWholeCharacters() throws Exception {
        Random random = new Random(5);
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int n = 0; n < 500; n++) {
            StringBuilder subject = new StringBuilder("é");
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                subject.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            String text = subject.toString();
            String header = SubjectHeader.encode(text);

            assertEquals(text, MimeUtility.decodeText(MimeUtility.unfold(header)), header);
            String[] lines = ("Subject: " + header).split("\r\n");
            for (String line : lines) {
                assertTrue(line.length() <= 78, "longer than 78: " + line);
                assertTrue(line.chars().allMatch(c -> c > 0x20 && c < 0x7f || c == ' '), line);
            }
            for (String word : header.split("\r\n ")) {
                // Every encoded-word holds whole UTF-8 characters: it decodes alone without a replacement character.
                assertFalse(MimeUtility.decodeWord(word).contains("\uFFFD"), word);
            }
        }
    }

    @Test
    void theBuiltMessageGivesBackTheSubjectItWasGivenAndTheWireCarriesTheSame() throws Exception {
        Session session = Session.getInstance(new Properties());
        String subject = "3 new stories: Алеся Бяляцкага вызвалілі, Санкцыі — Klaipėda 🚫";
        MimeMessage built = new MimeBuilder("Feedwatch <alerts@example.org>", "Digests <digest.example.org>").build(
                session, new OutboxMessage(7, "daily:7", "DAILY", "reader@example.org", subject, "<a@example.org>",
                        "<p>x</p>", "x", 1, Instant.parse("2026-11-22T07:00:00Z")),
                "https://x.example/u", Optional.empty());
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        built.writeTo(wire);

        assertEquals(subject, built.getSubject());
        assertEquals(subject, new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray())).getSubject());
        assertTrue(wire.toString(StandardCharsets.US_ASCII).contains("\r\nSubject: =?UTF-8?B?"));

        built.setSubject("changed afterwards");
        assertEquals("changed afterwards", built.getSubject(), "a subject set later is not hidden by the cached one");
    }

    @Test
    void aPlainAsciiSubjectIsLeftToJakartaMail() {
        assertTrue(SubjectHeader.isPlainAscii("5 new stories: Bialiatski, Potash & sanctions"));
        assertFalse(SubjectHeader.isPlainAscii("Klaipėda"));
        assertFalse(SubjectHeader.isPlainAscii("tab\there"));
    }
}
