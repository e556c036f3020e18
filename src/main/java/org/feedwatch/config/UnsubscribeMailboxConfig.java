package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The IMAP mailbox that receives mailto: unsubscribe requests (the address of feedwatch.mail.unsubscribe-address).
 * Without feedwatch.unsubscribe.imap.host nothing reads it: the reader is off.
 */
@ApplicationScoped
public class UnsubscribeMailboxConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.unsubscribe.imap.host")
    Optional<String> host;

    /** Defaults to 993 with TLS, 143 without. */
    @Inject
    @ConfigProperty(name = "feedwatch.unsubscribe.imap.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "feedwatch.unsubscribe.imap.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "feedwatch.unsubscribe.imap.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "feedwatch.unsubscribe.imap.folder", defaultValue = "INBOX")
    String folder;

    /** IMAP over TLS (imaps). Plain IMAP sends the password in clear: only for a server on the same host. */
    @Inject
    @ConfigProperty(name = "feedwatch.unsubscribe.imap.ssl", defaultValue = "true")
    boolean ssl;

    @PostConstruct
    void check() {
        if (host().isEmpty()) {
            return;
        }
        ConfigCheck.require(user().isPresent(), "feedwatch.unsubscribe.imap.user",
                "is required when feedwatch.unsubscribe.imap.host is set");
        ConfigCheck.require(password.isPresent() && !password.get().isEmpty(), "feedwatch.unsubscribe.imap.password",
                "is required when feedwatch.unsubscribe.imap.host is set");
        ConfigCheck.require(port() > 0 && port() < 65536, "feedwatch.unsubscribe.imap.port",
                "must be a TCP port, got " + port());
        ConfigCheck.require(!folder.isBlank(), "feedwatch.unsubscribe.imap.folder", "must not be empty");
    }

    /** The IMAP host, or empty when no mailbox is read. */
    public Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    public boolean enabled() {
        return host().isPresent();
    }

    public int port() {
        return port.orElse(ssl ? 993 : 143);
    }

    public Optional<String> user() {
        return user.map(String::strip).filter(u -> !u.isEmpty());
    }

    public String password() {
        return password.orElse("");
    }

    public String folder() {
        return folder.strip();
    }

    public boolean ssl() {
        return ssl;
    }
}
