package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server mail goes out through. Without feedwatch.smtp.host, mail goes to the dev mailbox. */
@ApplicationScoped
public class MailConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "feedwatch.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "feedwatch.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "feedwatch.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "feedwatch.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "feedwatch.smtp.timeout", defaultValue = "PT30S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "feedwatch.mail.from", defaultValue = "Feedwatch <feedwatch@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "feedwatch.mail.list-id", defaultValue = "Feedwatch digests <digest.feedwatch.localhost>")
    String listId;

    /** Where mailto: unsubscribe requests go (List-Unsubscribe); none configured: the https link only. */
    @Inject
    @ConfigProperty(name = "feedwatch.mail.unsubscribe-address")
    Optional<String> unsubscribeAddress;

    @PostConstruct
    void check() {
        ConfigCheck.require(port > 0 && port < 65536, "feedwatch.smtp.port", "must be a TCP port, got " + port);
        ConfigCheck.require(from.indexOf('\r') < 0 && from.indexOf('\n') < 0, "feedwatch.mail.from",
                "must be one line");
        ConfigCheck.require(listId.indexOf('\r') < 0 && listId.indexOf('\n') < 0, "feedwatch.mail.list-id",
                "must be one line");
        unsubscribeAddress().ifPresent(a -> ConfigCheck.require(
                a.matches("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+"), "feedwatch.mail.unsubscribe-address",
                "must be a plain address such as unsubscribe@example.org, got '" + a + "'"));
    }

    public Optional<String> unsubscribeAddress() {
        return unsubscribeAddress.map(String::strip).filter(a -> !a.isEmpty());
    }

    /** The SMTP host, or empty when mail should go to the dev mailbox. */
    public Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public boolean startTls() {
        return startTls;
    }

    public Duration timeout() {
        return timeout;
    }

    public String from() {
        return from;
    }

    public String listId() {
        return listId;
    }
}
