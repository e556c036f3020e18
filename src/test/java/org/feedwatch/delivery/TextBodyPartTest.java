package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextBodyPartTest {

    private static final String CYRILLIC = "Алесь Бяляцкі вызвалены, палітвязні ў калоніях";
    private static final List<String> TEXTS = List.of(
            "Plain ASCII digest\nwith two lines.\n",
            "x".repeat(1200) + "\nA line over 998 characters cannot go as 7bit.",
            "<p style=\"color:#1f2328;\">Court in Minsk: " + CYRILLIC + " &amp; more</p>\n<p>=3D and = signs</p>\n",
            CYRILLIC + "\n" + CYRILLIC + " — " + CYRILLIC + "\n" + CYRILLIC.repeat(20),
            "trailing spaces   \ntab\there\r\nand a CRLF line, then a lone CR\rend");

    /** The part setText would make in the encoding TextBodyPart chose, with the headers saveChanges would give it. */
    private static final class SetTextPart extends MimeBodyPart {
        SetTextPart(String text, String subtype) throws MessagingException {
            setText(text, "UTF-8", subtype);
            setHeader("Content-Transfer-Encoding", TextBodyPart.transferEncoding(text.getBytes(StandardCharsets.UTF_8)));
            updateHeaders();
        }
    }

    /** The part setText makes in a given transfer encoding. */
    private static final class ForcedPart extends MimeBodyPart {
        ForcedPart(String text, String encoding) throws MessagingException {
            setText(text, "UTF-8", "plain");
            setHeader("Content-Transfer-Encoding", encoding);
            updateHeaders();
        }
    }

    private static String wire(MimeBodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void writesTheSameBytesAsSetText() throws Exception {
        for (String text : TEXTS) {
            for (String subtype : List.of("plain", "html")) {
                assertEquals(wire(new SetTextPart(text, subtype)), wire(TextBodyPart.of(text, subtype)), text);
            }
        }
    }

    /** Random texts from an alphabet of the characters the encoders treat specially, fixed seed. */
    @Test
    void writesTheSameBytesAsSetTextForRandomTexts() throws Exception {
        String alphabet = "aZ09 =\t\r\n.<>&\"\u00e9\u0416\u0456\u045e\u2014\u00a0\u0001\u007f";
        Random random = new Random(5);
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i < 200 ? 40 : 400);
            for (int k = 0; k < length; k++) {
                text.append(k % 7 == 0 || random.nextInt(4) > 0 ? "abcdefgh ".charAt(random.nextInt(9))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(wire(new SetTextPart(t, "plain")), wire(TextBodyPart.of(t, "plain")), t);
        }
    }

    @Test
    void choosesTheSmallerEncoding() throws Exception {
        assertEquals("7bit", encodingOf(TEXTS.get(0)));
        assertEquals("quoted-printable", encodingOf(TEXTS.get(1)));
        assertEquals("base64", encodingOf(TEXTS.get(2)), "half Cyrillic: base64 is smaller");
        assertEquals("base64", encodingOf(TEXTS.get(3)));
        String mostlyMarkup = "<td style=\"padding:0 0 12px 0;color:#1f2328;\">".repeat(20) + CYRILLIC;
        assertEquals("quoted-printable", encodingOf(mostlyMarkup), "a few Cyrillic letters in markup: QP is smaller");
        for (String text : TEXTS.subList(1, TEXTS.size())) {
            int chosen = wire(TextBodyPart.of(text, "plain")).length();
            for (String other : List.of("quoted-printable", "base64")) {
                assertTrue(chosen <= wire(new ForcedPart(text, other)).length(), other + " would be smaller: " + text);
            }
        }
        assertEquals("7bit", encodingOf("a\u007f".substring(0, 1)));
        assertEquals("base64", encodingOf("\u007f\u0001"));
    }

    @Test
    void decodesToTheOriginalText() throws Exception {
        for (String text : TEXTS) {
            // Quoted-printable carries line breaks as CRLF, as setText's parts do.
            assertEquals(lf(text), lf((String) TextBodyPart.of(text, "plain").getContent()), text);
        }
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String encodingOf(String text) {
        return TextBodyPart.transferEncoding(text.getBytes(StandardCharsets.UTF_8));
    }
}
