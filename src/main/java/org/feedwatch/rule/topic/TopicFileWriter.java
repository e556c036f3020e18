package org.feedwatch.rule.topic;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Writes a topic file so that a reader never sees half of it: the text goes to a temporary file in the same
 * directory (not matched by {@code *.properties}), is forced to disk, and is then moved over the old file in one
 * step. The file is UTF-8 with the keys in a fixed order, escaped as {@link Properties} reads them back.
 */
final class TopicFileWriter {

    private TopicFileWriter() {
    }

    /** The file's text: a header saying where it came from, then title, description and query. */
    static String text(String title, String description, String query, String header) {
        StringBuilder out = new StringBuilder("# ").append(header.replaceAll("[\\r\\n]+", " ")).append('\n');
        out.append(entry("title", title)).append(entry("description", description)).append(entry("query", query));
        return out.toString();
    }

    /** Replaces (or creates) {@code file} with {@code text} atomically. */
    static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".topic-", ".tmp");
        try {
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot replace a file atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A short fingerprint of a file's bytes (empty text when there is no file): who edits sees what they replace. */
    static String version(Path file) throws IOException {
        byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String entry(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter out = new StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        // store() starts with a date comment; the entry itself is the one line that is not a comment
        return out.toString().lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow() + "\n";
    }
}
