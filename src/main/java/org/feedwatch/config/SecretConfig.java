package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs links in mail (confirm, unsubscribe, manage, private feed). Set feedwatch.secret in
 * production; without it the server makes a random key once and keeps it in the data directory, so links survive
 * restarts. Rotation: the old key goes to feedwatch.secret.previous and still verifies links (never signs) until
 * feedwatch.secret.previous-until, so links in mails already sent keep working for that grace period and then stop.
 */
@ApplicationScoped
public class SecretConfig {

    static final String KEY = "feedwatch.secret";
    static final String PREVIOUS = "feedwatch.secret.previous";
    static final String PREVIOUS_UNTIL = "feedwatch.secret.previous-until";
    private static final int MIN_LENGTH = 32;

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> secret;

    /** Old keys, comma-separated (a comma inside a key is written {@code \,}). */
    @Inject
    @ConfigProperty(name = PREVIOUS)
    Optional<List<String>> previous;

    /** An ISO-8601 instant; read as text so that a bad value gets a message naming the key. */
    @Inject
    @ConfigProperty(name = PREVIOUS_UNTIL)
    Optional<String> previousUntil;

    @Inject
    ServerConfig server;

    @Inject
    Clock clock;

    private volatile byte[] key;
    private List<byte[]> previousKeys = List.of();
    private Instant until = Instant.MIN;

    /** Checks the keys when the application starts, so a bad value stops the deployment with its key's name. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        key();
    }

    @PostConstruct
    void check() {
        secret.filter(s -> !s.isBlank()).ifPresent(s -> checked(KEY, s));
        List<String> old = previous.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (old.isEmpty()) {
            return;
        }
        List<byte[]> keys = new ArrayList<>();
        for (String value : old) {
            keys.add(checked(PREVIOUS, value));
            ConfigCheck.require(!secret.map(String::strip).orElse("").equals(value), PREVIOUS,
                    "holds the current " + KEY + "; list only keys that were replaced");
        }
        String untilText = previousUntil.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        ConfigCheck.require(untilText != null, PREVIOUS_UNTIL, "is required when " + PREVIOUS
                + " is set: the instant links signed with the old keys stop working, e.g. 2026-12-31T00:00:00Z");
        try {
            until = Instant.parse(untilText);
        } catch (DateTimeParseException e) {
            ConfigCheck.require(false, PREVIOUS_UNTIL,
                    "must be an ISO-8601 instant such as 2026-12-31T00:00:00Z, got " + untilText);
        }
        previousKeys = List.copyOf(keys);
    }

    /** The key every new link and token is signed with. */
    public byte[] key() {
        byte[] current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = secret.filter(s -> !s.isBlank()).map(s -> checked(KEY, s)).orElseGet(this::stored);
                }
                current = key;
            }
        }
        return current;
    }

    /** The keys a signature may have been made with now: the current one first, then old ones during their grace. */
    public List<byte[]> verificationKeys() {
        if (previousKeys.isEmpty() || !clock.instant().isBefore(until)) {
            return List.of(key());
        }
        List<byte[]> keys = new ArrayList<>(previousKeys.size() + 1);
        keys.add(key());
        previousKeys.stream().filter(old -> !Arrays.equals(old, key())).forEach(keys::add);
        return keys;
    }

    private static byte[] checked(String name, String value) {
        ConfigCheck.require(value.length() >= MIN_LENGTH, name, "must be at least " + MIN_LENGTH + " characters");
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
