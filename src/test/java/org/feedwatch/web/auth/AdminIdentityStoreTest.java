package org.feedwatch.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.feedwatch.config.TestConfigs;
import org.junit.jupiter.api.Test;

class AdminIdentityStoreTest {

    private static final String HASH = PasswordHash.of("a long admin password".toCharArray(), 10_000).text();

    private static AdminIdentityStore store(Optional<String> hash, boolean demo) {
        AdminIdentityStore store = new AdminIdentityStore();
        store.config = TestConfigs.admin("admin", hash);
        store.demo = TestConfigs.demo(demo);
        return store;
    }

    private static CredentialValidationResult.Status check(AdminIdentityStore store, String user, String password) {
        return store.validate(new UsernamePasswordCredential(user, password)).getStatus();
    }

    @Test
    void theConfiguredHashDecides() {
        AdminIdentityStore store = store(Optional.of(HASH), true);
        assertEquals(CredentialValidationResult.Status.VALID, check(store, "admin", "a long admin password"));
        assertEquals(CredentialValidationResult.Status.VALID, check(store, "admin", "a long admin password"),
                "remembered the second time, still valid");
        assertEquals(CredentialValidationResult.Status.INVALID, check(store, "admin", "a long admin passworD"));
        assertEquals(CredentialValidationResult.Status.INVALID, check(store, "root", "a long admin password"));
        assertTrue(store.validate(new UsernamePasswordCredential("admin", "a long admin password"))
                .getCallerGroups().contains("admin"));
    }

    @Test
    void withoutAHashOutsideTheDemoNobodyLogsIn() {
        AdminIdentityStore store = store(Optional.empty(), false);
        assertEquals(CredentialValidationResult.Status.INVALID, check(store, "admin", "feedwatch"));
        assertEquals(CredentialValidationResult.Status.INVALID, check(store, "admin", ""));
    }

    @Test
    void aBrokenHashLetsNobodyIn() {
        AdminIdentityStore store = store(Optional.of("feedwatch"), true);
        assertEquals(CredentialValidationResult.Status.INVALID, check(store, "admin", "feedwatch"));
    }

    @Test
    void theDemoMakesARandomPasswordAndPrintsItOnce() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AdminIdentityStore store = store(Optional.empty(), true);
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            check(store, "admin", "wrong");
            check(store, "admin", "wrong again");
        } finally {
            System.setOut(out);
        }
        String console = printed.toString(StandardCharsets.UTF_8);
        Matcher line = Pattern.compile("Admin login: admin / (\\S+)").matcher(console);
        assertTrue(line.find(), console);
        assertFalse(line.find(), "printed once");
        Matcher again = Pattern.compile("Admin login: admin / (\\S+)").matcher(console);
        again.find();
        assertEquals(CredentialValidationResult.Status.VALID, check(store, "admin", again.group(1)));
        assertEquals(CredentialValidationResult.Status.INVALID,
                check(store(Optional.empty(), true), "admin", again.group(1)), "another run, another password");
    }
}
