package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The mailbox used when no SMTP host is configured: each message becomes an {@code .eml} file in the data
 * directory, and the dev pages list and show them. Nothing leaves the machine.
 */
public final class DevMailbox implements MailSink {

    private static final Pattern ID = Pattern.compile("[0-9]{13}-[0-9a-f]{8}");

    private final Path dir;
    private final Session session = Session.getInstance(new Properties());

    public DevMailbox(Path dir) {
        this.dir = dir;
    }

    /** A message in the mailbox, newest first in {@link #list()}. */
    public record Letter(String id, Instant storedAt, String to, String subject) {
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Connection open() throws ConnectionFailure {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConnectionFailure("Cannot create the dev mailbox " + dir + ": " + e.getMessage(), e);
        }
        return new Connection() {
            @Override
            public void send(MimeMessage message) throws TemporaryFailure {
                Path file = null;
                try {
                    String id = System.currentTimeMillis() + "-"
                            + String.format("%08x", message.getMessageID().hashCode());
                    file = dir.resolve(id + ".eml");
                    try (OutputStream out = Files.newOutputStream(file)) {
                        message.writeTo(out);
                    }
                } catch (IOException | MessagingException e) {
                    throw new TemporaryFailure("Cannot write " + file + ": " + e.getMessage());
                }
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }

    public List<Letter> list() throws IOException {
        List<Letter> letters = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return letters;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.eml")) {
            for (Path file : files) {
                String id = file.getFileName().toString().replace(".eml", "");
                read(id).ifPresent(m -> letters.add(summary(id, m)));
            }
        }
        letters.sort(Comparator.comparing(Letter::id).reversed());
        return letters;
    }

    /** The message with this id, parsed. */
    public Optional<MimeMessage> read(String id) throws IOException {
        Optional<byte[]> raw = raw(id);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MimeMessage(session, new ByteArrayInputStream(raw.get())));
        } catch (MessagingException e) {
            throw new IOException("Cannot read message " + id + ": " + e.getMessage(), e);
        }
    }

    /** The message with this id as stored; ids are checked, so a crafted id cannot name another file. */
    public Optional<byte[]> raw(String id) throws IOException {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(id + ".eml");
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    private static Letter summary(String id, MimeMessage message) {
        try {
            String to = message.getHeader("To", ", ");
            String subject = message.getSubject();
            Instant stored = Instant.ofEpochMilli(Long.parseLong(id.substring(0, 13)));
            return new Letter(id, stored, to == null ? "" : to, subject == null ? "" : subject);
        } catch (MessagingException e) {
            return new Letter(id, Instant.EPOCH, "", "(unreadable: " + e.getMessage() + ")");
        }
    }
}
