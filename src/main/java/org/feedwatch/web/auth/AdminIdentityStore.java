package org.feedwatch.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.feedwatch.config.AdminConfig;
import org.feedwatch.config.DemoConfig;

/**
 * The one administrator: the configured user name and PBKDF2 hash ({@code feedwatch.admin.password-hash}). Without a
 * hash, a demo server makes a random password for this run and prints it once; any other server refuses every login
 * and says how to set one. Neither password nor hash is ever logged otherwise.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

    public static final String ROLE = "admin";
    private static final Logger LOG = Logger.getLogger(AdminIdentityStore.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Successful credentials remembered (as keyed MACs), so the API's Basic calls skip the deliberately slow hash. */
    private static final int MAX_REMEMBERED = 64;

    @Inject
    AdminConfig config;

    @Inject
    DemoConfig demo;

    private volatile Optional<PasswordHash> hash;
    private final byte[] memoKey = new byte[32];
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    void onStartup(@Observes Startup startup) {
        hash();
    }

    /** Called by the default {@code IdentityStore.validate(Credential)} for user name and password credentials. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<PasswordHash> current = hash();
        if (current.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String memo = memo(credential.getCaller(), credential.getPasswordAsString());
        if (verified.contains(memo)) {
            return new CredentialValidationResult(config.user(), Set.of(ROLE));
        }
        boolean user = MessageDigest.isEqual(credential.getCaller().getBytes(StandardCharsets.UTF_8),
                config.user().getBytes(StandardCharsets.UTF_8));
        boolean password = current.get().matches(credential.getPassword().getValue());
        if (!(user & password)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.add(memo);
        return new CredentialValidationResult(config.user(), Set.of(ROLE));
    }

    private Optional<PasswordHash> hash() {
        Optional<PasswordHash> current = hash;
        if (current == null) {
            synchronized (this) {
                if (hash == null) {
                    RANDOM.nextBytes(memoKey);
                    hash = load();
                }
                current = hash;
            }
        }
        return current;
    }

    private Optional<PasswordHash> load() {
        if (config.plainPasswordSet()) {
            LOG.warning("feedwatch.admin.password is no longer read: passwords are configured only as a hash, in"
                    + " feedwatch.admin.password-hash (make one with org.feedwatch.web.auth.HashPassword).");
        }
        Optional<String> configured = config.passwordHash();
        if (configured.isPresent()) {
            try {
                return Optional.of(PasswordHash.parse(configured.get()));
            } catch (IllegalArgumentException e) {
                LOG.severe("Configuration feedwatch.admin.password-hash: " + e.getMessage()
                        + ". Admin login is impossible until it is fixed (make one with: java -cp <feedwatch classes>"
                        + " org.feedwatch.web.auth.HashPassword).");
                return Optional.empty();
            }
        }
        if (demo.enabled()) {
            String password = randomPassword();
            // The console is the only place this password is ever shown: the operator of a demo needs it once.
            System.out.println("Admin login: " + config.user() + " / " + password
                    + "   (a random password for this run only: set feedwatch.admin.password-hash to keep one)");
            return Optional.of(PasswordHash.of(password.toCharArray(), PasswordHash.DEFAULT_ITERATIONS));
        }
        LOG.warning("No administrator password: feedwatch.admin.password-hash is not set, so nobody can log in to the"
                + " admin console or the API. Make a hash with `java -cp <feedwatch classes>"
                + " org.feedwatch.web.auth.HashPassword` and set feedwatch.admin.password-hash (or the environment"
                + " variable FEEDWATCH_ADMIN_PASSWORD_HASH).");
        return Optional.empty();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String memo(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(memoKey, "HmacSHA256"));
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
