package org.feedwatch.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        PasswordHash hash = PasswordHash.of("correct horse battery".toCharArray(), 10_000);
        PasswordHash read = PasswordHash.parse(hash.text());
        assertTrue(read.matches("correct horse battery".toCharArray()));
        assertFalse(read.matches("correct horse batterY".toCharArray()));
        assertFalse(read.matches(new char[0]));
    }

    @Test
    void theTextIsJakartaSecuritysFormatWithAFreshSalt() {
        String a = PasswordHash.of("same password".toCharArray(), 10_000).text();
        String b = PasswordHash.of("same password".toCharArray(), 10_000).text();
        assertTrue(a.matches("PBKDF2WithHmacSHA256:10000:[A-Za-z0-9+/=]{24}:[A-Za-z0-9+/=]{44}"), a);
        assertNotEquals(a, b, "a random salt each time");
    }

    @Test
    void aKnownHashFromTheItConfigurationVerifies() {
        // made by HashPassword for the IT servers (it/liberty/feedwatchIT/jvm.options)
        PasswordHash hash = PasswordHash.parse(
                "PBKDF2WithHmacSHA256:600000:4mDwYj5w/IP4VeE81Xv7ww==:Ij1bq8yQCHs65i9YJTYpAS9eJ/8k9q95tSgd0rsxjk4=");
        assertTrue(hash.matches("it-secret-password".toCharArray()));
        assertFalse(hash.matches("it-secret".toCharArray()));
    }

    @Test
    void badTextIsRefusedWithoutRepeatingIt() {
        for (String bad : new String[] {"", "feedwatch", "PBKDF2WithHmacSHA1:1000:AAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAA==",
                "PBKDF2WithHmacSHA256:x:AAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAA==",
                "PBKDF2WithHmacSHA256:10:AAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAA==",
                "PBKDF2WithHmacSHA256:10000:not base64!:AAAAAAAAAAAAAAAAAAAAAA=="}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(bad));
            assertFalse(!bad.isEmpty() && e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void toStringNeverShowsTheHash() {
        PasswordHash hash = PasswordHash.of("a password here".toCharArray(), 10_000);
        assertEquals("PBKDF2WithHmacSHA256 (10000 iterations)", hash.toString());
    }

    @Test
    void theToolPrintsAConfigurationLineThatVerifies() throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("tool made password\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            HashPassword.main(new String[0]);
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        String line = printed.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.startsWith("feedwatch.admin.password-hash=PBKDF2WithHmacSHA256:600000:"), line);
        PasswordHash hash = PasswordHash.parse(line.substring(line.indexOf('=') + 1));
        assertTrue(hash.matches("tool made password".toCharArray()));
    }
}
