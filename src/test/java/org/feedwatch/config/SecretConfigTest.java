package org.feedwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad rotation settings stop the server with a message naming the key to fix. */
class SecretConfigTest {

    private static final String CURRENT = "the-current-signing-key-long-enough-000001";
    private static final String OLD = "the-old-signing-key-that-is-long-enough-0001";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private static String problem(String secret, List<String> previous, String until) {
        return assertThrows(IllegalStateException.class, () -> TestConfigs.secret(secret,
                Optional.ofNullable(previous), Optional.ofNullable(until), NOW)).getMessage();
    }

    @Test
    void aShortKeyIsNamed() {
        assertEquals("Configuration feedwatch.secret: must be at least 32 characters", problem("short", null, null));
        assertEquals("Configuration feedwatch.secret.previous: must be at least 32 characters",
                problem(CURRENT, List.of("short"), "2026-12-31T00:00:00Z"));
    }

    @Test
    void previousKeysNeedAnEnd() {
        assertTrue(problem(CURRENT, List.of(OLD), null)
                .startsWith("Configuration feedwatch.secret.previous-until: is required when feedwatch.secret.previous"));
    }

    @Test
    void aBadInstantIsNamed() {
        assertEquals("Configuration feedwatch.secret.previous-until: must be an ISO-8601 instant such as"
                + " 2026-12-31T00:00:00Z, got next month", problem(CURRENT, List.of(OLD), "next month"));
    }

    @Test
    void theCurrentKeyIsNotAPreviousOne() {
        assertTrue(problem(CURRENT, List.of(CURRENT), "2026-12-31T00:00:00Z")
                .startsWith("Configuration feedwatch.secret.previous: holds the current feedwatch.secret"));
    }

    @Test
    void oldKeysVerifyUntilTheInstantOnly() {
        SecretConfig during = TestConfigs.secret(CURRENT, Optional.of(List.of(OLD)),
                Optional.of("2026-11-22T12:00:01Z"), NOW);
        assertEquals(2, during.verificationKeys().size());
        SecretConfig after = TestConfigs.secret(CURRENT, Optional.of(List.of(OLD)),
                Optional.of("2026-11-22T12:00:00Z"), NOW);
        assertEquals(1, after.verificationKeys().size());
        assertEquals(CURRENT, new String(after.key(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
