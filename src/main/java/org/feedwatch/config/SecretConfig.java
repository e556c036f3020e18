package org.feedwatch.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs links in mail (unsubscribe, manage). Set feedwatch.secret in production; without it the
 * server makes a random key once and keeps it in the data directory, so links survive restarts.
 */
@ApplicationScoped
public class SecretConfig {

    private static final int MIN_LENGTH = 32;

    @Inject
    @ConfigProperty(name = "feedwatch.secret")
    Optional<String> secret;

    @Inject
    ServerConfig server;

    private volatile byte[] key;

    public byte[] key() {
        byte[] current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = secret.filter(s -> !s.isBlank()).map(SecretConfig::checked).orElseGet(this::stored);
                }
                current = key;
            }
        }
        return current;
    }

    private static byte[] checked(String value) {
        ConfigCheck.require(value.length() >= MIN_LENGTH, "feedwatch.secret",
                "must be at least " + MIN_LENGTH + " characters");
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] stored() {
        Path file = server.dataDir().resolve("secret.key");
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh),
                            java.nio.file.StandardOpenOption.CREATE_NEW);
                } catch (FileAlreadyExistsException raced) {
                    // another thread or server wrote it first: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key " + file, e);
        }
    }
}
