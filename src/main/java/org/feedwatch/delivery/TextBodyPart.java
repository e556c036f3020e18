package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A UTF-8 text body part whose content is encoded once, into bytes, when it is built. {@code MimeBodyPart.setText}
 * keeps the String and encodes it on every use, through Jakarta Mail's quoted-printable stream (one virtual call
 * per byte) and a {@code StreamProvider} look-up that scans the class path each time; for a 20-entry digest that was
 * the largest cost of building the message (BENCHMARKS.md, Digest delivery). The transfer encoding is the smaller of
 * quoted-printable and base64 ({@link #transferEncoding}), and the bytes are those Jakarta Mail's encoders write
 * (TextBodyPartTest compares them).
 */
final class TextBodyPart {

    /** RFC 5322 line limit; a longer line cannot go as 7bit. */
    private static final int MAX_LINE = 998;
    /** Quoted-printable lines end at 76 characters including the "=" of a soft break, as Jakarta Mail's do. */
    private static final int QP_LINE = 75;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Bytes quoted-printable writes as they are: printable ASCII except "=" (a space depends on what follows). */
    private static final boolean[] LITERAL = new boolean[256];

    static {
        for (int c = 0x21; c < 0x7f; c++) {
            LITERAL[c] = c != '=';
        }
    }

    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'});

    private TextBodyPart() {
    }

    /** @param subtype "plain" or "html" */
    static MimeBodyPart of(String text, String subtype) throws MessagingException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        String encoding = transferEncoding(utf8);
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
        headers.setHeader("Content-Transfer-Encoding", encoding);
        byte[] content = switch (encoding) {
            case "7bit" -> utf8;
            case "base64" -> BASE64.encode(utf8);
            default -> quotedPrintable(utf8);
        };
        return new MimeBodyPart(headers, content);
    }

    /**
     * 7bit when every byte is ASCII and no line is longer than 998; otherwise whichever of quoted-printable and
     * base64 makes the smaller part. Jakarta Mail's own rule (MimeUtility.getEncoding) takes quoted-printable as
     * long as ASCII bytes outnumber the others, which for Cyrillic text means three bytes on the wire for each
     * byte of text (=D0=91 for one letter) where base64 needs 1.37: a Belarusian digest's text part grew by half.
     */
    static String transferEncoding(byte[] utf8) {
        long ascii = 0;
        int line = 0;
        boolean longLine = false;
        for (byte b : utf8) {
            if (b == '\r' || b == '\n') {
                line = 0;
            } else if (++line > MAX_LINE) {
                longLine = true;
            }
            if (b >= 0x20 && b != 0x7f || b == '\r' || b == '\n' || b == '\t') {
                ascii++;
            }
        }
        long other = utf8.length - ascii;
        if (other == 0) {
            return longLine ? "quoted-printable" : "7bit";
        }
        long quotedPrintable = ascii + 3 * other;
        long base64 = (utf8.length + 2L) / 3 * 4 * 78 / 76;  // with a CRLF every 76 characters
        return quotedPrintable <= base64 ? "quoted-printable" : "base64";
    }

    /**
     * RFC 2045 quoted-printable for text, as Jakarta Mail's QPEncoderStream writes it: CR, LF or CRLF become one
     * CRLF line break, a space is encoded only before a line break or at the end, control bytes, "=" and non-ASCII
     * bytes become =XX, and a soft break "=" CRLF keeps every line within 76 characters. One pass over a buffer
     * sized for the worst case (every byte encoded).
     */
    static byte[] quotedPrintable(byte[] in) {
        byte[] out = new byte[in.length * 3 + (in.length / 25 + 2) * 3 + 8];
        int size = 0;
        int column = 0;
        boolean space = false;
        boolean cr = false;
        for (int i = 0; i <= in.length; i++) {
            if (!space && column < QP_LINE && i < in.length && LITERAL[in[i] & 0xff]) {
                // Fast path: a run of bytes written as they are, up to the end of the line.
                int end = Math.min(in.length, i + QP_LINE - column);
                int run = i;
                while (run < end && LITERAL[in[run] & 0xff]) {
                    out[size++] = in[run++];
                }
                column += run - i;
                cr = false;
                i = run - 1;
                continue;
            }
            int c = i < in.length ? in[i] & 0xff : -1; // -1: the end, after which a pending space is encoded
            if (space) {
                boolean encode = c == '\r' || c == '\n' || c < 0;
                column += encode ? 3 : 1;
                if (column > QP_LINE) {
                    size = softBreak(out, size);
                    column = encode ? 3 : 1;
                }
                size = encode ? hex(out, size, ' ') : put(out, size, ' ');
                space = false;
            }
            if (c < 0) {
                break;
            }
            if (c == '\r' || c == '\n' && !cr) {
                out[size++] = '\r';
                out[size++] = '\n';
                column = 0;
            } else if (c == ' ') {
                space = true;
            } else if (c != '\n') {
                boolean encode = c < 0x20 || c >= 0x7f || c == '=';
                column += encode ? 3 : 1;
                if (column > QP_LINE) {
                    size = softBreak(out, size);
                    column = encode ? 3 : 1;
                }
                size = encode ? hex(out, size, c) : put(out, size, c);
            }
            cr = c == '\r';
        }
        return java.util.Arrays.copyOf(out, size);
    }

    private static int softBreak(byte[] out, int size) {
        out[size] = '=';
        out[size + 1] = '\r';
        out[size + 2] = '\n';
        return size + 3;
    }

    private static int hex(byte[] out, int size, int c) {
        out[size] = '=';
        out[size + 1] = HEX[c >> 4];
        out[size + 2] = HEX[c & 0xf];
        return size + 3;
    }

    private static int put(byte[] out, int size, int c) {
        out[size] = (byte) c;
        return size + 1;
    }
}
