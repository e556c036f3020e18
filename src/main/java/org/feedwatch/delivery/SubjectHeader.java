package org.feedwatch.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The Subject header's value, RFC 2047 encoded by us: {@code MimeMessage.setSubject} goes through
 * {@code MimeUtility.encodeText}, and every encoded-word it makes (and every one {@code getSubject} decodes, which
 * Angus's SMTPTransport calls for each message it sends) looks up Jakarta Mail's {@code StreamProvider}, a
 * ServiceLoader scan of the class path per call (jakartaee/mail-api #861); for a Cyrillic subject that was most of
 * those look-ups per digest (BENCHMARKS.md, Digest delivery). A plain ASCII subject is left to Jakarta Mail, which
 * only folds it.
 *
 * <p>Non-ASCII subjects become "B" encoded-words of UTF-8, each holding whole characters (RFC 2047 section 5), at
 * most 42 bytes of text each, so that "Subject: " and the first word fit in 78 characters; the words are joined
 * by folding white space, which decoders drop between encoded-words.
 */
final class SubjectHeader {

    private static final int MAX_BYTES = 42;
    private static final String PREFIX = "=?UTF-8?B?";
    private static final String SUFFIX = "?=";

    private SubjectHeader() {
    }

    /** True when Jakarta Mail's setSubject would not encode it (printable ASCII only): no look-ups then. */
    static boolean isPlainAscii(String subject) {
        return subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** The encoded, folded header value of a one-line subject with at least one non-ASCII character. */
    static String encode(String subject) {
        StringBuilder out = new StringBuilder(subject.length() * 3);
        Base64.Encoder base64 = Base64.getEncoder();
        int start = 0;
        while (start < subject.length()) {
            int end = start;
            int bytes = 0;
            while (end < subject.length()) {
                int codePoint = subject.codePointAt(end);
                int size = utf8Length(codePoint);
                if (bytes + size > MAX_BYTES) {
                    break;
                }
                bytes += size;
                end += Character.charCount(codePoint);
            }
            if (out.length() > 0) {
                out.append("\r\n ");
            }
            out.append(PREFIX)
                    .append(base64.encodeToString(subject.substring(start, end).getBytes(StandardCharsets.UTF_8)))
                    .append(SUFFIX);
            start = end;
        }
        return out.toString();
    }

    /** Bytes of one code point in UTF-8 (a lone surrogate becomes "?", one byte, as String.getBytes writes it). */
    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80 || Character.isSurrogate((char) codePoint) && codePoint < 0x10000) {
            return 1;
        }
        return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
