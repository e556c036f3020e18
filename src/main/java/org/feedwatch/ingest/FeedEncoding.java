package org.feedwatch.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which character encoding a feed's bytes are really in and decodes them. Labels lie often enough that the
 * bytes have the last word, in this order:
 * <ol>
 * <li>a byte order mark (UTF-8, UTF-16, UTF-32), or UTF-16 without one recognised by its zero bytes;</li>
 * <li>bytes that are UTF-8 (all of them, or all but a few strays among many good sequences) are UTF-8, whatever the
 * HTTP header or XML declaration says: text in a single-byte encoding is practically never valid UTF-8;</li>
 * <li>otherwise the first label (HTTP charset, then the XML declaration) naming an encoding other than UTF-8 or the
 * Latin-1 family is believed (windows-1251, KOI8-R, Shift_JIS...);</li>
 * <li>otherwise (no label, or UTF-8 / ISO-8859-1 / windows-1252, all seen to be wrong or unspecific) the bytes
 * decide between windows-1251 and windows-1252 ({@link CyrillicGuess}); ISO-8859-1 is read as its superset
 * windows-1252, as browsers do.</li>
 * </ol>
 * Decoding never fails: bytes that do not fit the chosen encoding become U+FFFD.
 */
final class FeedEncoding {

    /** The decoded text and the encoding it was decoded with. */
    record Decoded(String text, Charset charset) {
    }

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:+-]{1,40})[\"']");
    private static final Pattern CHARSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+-]{0,39}");
    private static final List<String> UNSPECIFIC = List.of("UTF-8", "US-ASCII", "ISO-8859-1", "windows-1252");
    private static final int HEAD_BYTES = 1024;

    private FeedEncoding() {
    }

    static Decoded decode(byte[] body, Optional<String> contentType) {
        Optional<Decoded> unicode = byByteOrderMark(body);
        if (unicode.isPresent()) {
            return unicode.get();
        }
        Utf8Scan utf8 = Utf8Scan.of(body);
        if (utf8.invalid() == 0 || utf8.multiByte() >= 10L * utf8.invalid()) {
            return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        for (Charset declared : declared(body, contentType)) {
            if (!UNSPECIFIC.contains(declared.name()) && asciiCompatible(declared)) {
                return new Decoded(new String(body, declared), declared);
            }
        }
        Charset guess = CyrillicGuess.looksLikeWindows1251(body) ? WINDOWS_1251 : WINDOWS_1252;
        return new Decoded(new String(body, guess), guess);
    }

    private static Optional<Decoded> byByteOrderMark(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        int b2 = b.length > 2 ? b[2] & 0xff : -1;
        int b3 = b.length > 3 ? b[3] & 0xff : -1;
        if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
            return Optional.of(decode(b, 3, StandardCharsets.UTF_8));
        } else if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff) {
            return Optional.of(decode(b, 4, UTF_32BE));
        } else if (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0) {
            return Optional.of(decode(b, 4, UTF_32LE));
        } else if (b0 == 0xfe && b1 == 0xff) {
            return Optional.of(decode(b, 2, StandardCharsets.UTF_16BE));
        } else if (b0 == 0xff && b1 == 0xfe) {
            return Optional.of(decode(b, 2, StandardCharsets.UTF_16LE));
        } else if (b0 == 0 && (b1 == '<' || b1 == '{')) {
            return Optional.of(decode(b, 0, StandardCharsets.UTF_16BE));   // UTF-16 without BOM
        } else if ((b0 == '<' || b0 == '{') && b1 == 0) {
            return Optional.of(decode(b, 0, StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    private static Decoded decode(byte[] body, int skip, Charset charset) {
        return new Decoded(new String(body, skip, body.length - skip, charset), charset);
    }

    /** The encodings the HTTP header and the XML declaration name, in that order, if Java knows them. */
    private static List<Charset> declared(byte[] body, Optional<String> contentType) {
        List<Charset> found = new ArrayList<>(2);
        contentType.flatMap(FeedEncoding::httpCharset).flatMap(FeedEncoding::charset).ifPresent(found::add);
        Matcher xml = XML_ENCODING.matcher(new String(body, 0, Math.min(body.length, HEAD_BYTES),
                StandardCharsets.ISO_8859_1));
        if (xml.find()) {
            charset(xml.group(1)).ifPresent(found::add);
        }
        return found;
    }

    /** The charset parameter of a Content-Type header, when it looks like a charset name. */
    static Optional<String> httpCharset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String name = pair[1].trim().replace("\"", "").replace("'", "");
                return CHARSET_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {                   // an illegal name
            return Optional.empty();
        }
    }

    /** False for UTF-16/32 and EBCDIC labels, which cannot describe a document whose markup reads as ASCII. */
    private static boolean asciiCompatible(Charset charset) {
        String probe = "<?xml {}";
        return new String(probe.getBytes(StandardCharsets.US_ASCII), charset).equals(probe);
    }
}
