package org.feedwatch.unsubscribe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import java.util.logging.Logger;
import org.feedwatch.config.UnsubscribeMailboxConfig;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.SubscriberService;

/**
 * Reads the unsubscribe mailbox over IMAP, when one is configured: connects, sweeps the folder once
 * ({@link MailboxSweep}), expunges what it dealt with and disconnects. The Store comes from a plain
 * {@code Session.getInstance}: Liberty's mail feature brings Jakarta Mail with its IMAP provider ("imap",
 * "imaps"), the same way the SMTP sender gets its transport; no server.xml mailSession is needed.
 */
@ApplicationScoped
public class UnsubscribeMailbox {

    private static final Logger LOG = Logger.getLogger(UnsubscribeMailbox.class.getName());
    private static final String TIMEOUT_MILLIS = "30000";

    @Inject
    UnsubscribeMailboxConfig config;

    @Inject
    LinkSigner signer;

    @Inject
    SubscriberService subscribers;

    public boolean enabled() {
        return config.enabled();
    }

    /** One pass over the mailbox; does nothing when no mailbox is configured. Never throws. */
    public void drain() {
        if (!config.enabled()) {
            return;
        }
        String protocol = config.ssl() ? "imaps" : "imap";
        try {
            Store store = session(protocol).getStore(protocol);
            store.connect(config.host().orElseThrow(), config.port(), config.user().orElseThrow(), config.password());
            try {
                sweep(store);
            } finally {
                store.close();
            }
        } catch (MessagingException | RuntimeException e) {
            // The message of an IMAP failure names the server's answer, never the password.
            LOG.warning(() -> "Unsubscribe mailbox " + protocol + "://" + config.host().orElse("") + ":" + config.port()
                    + " could not be read: " + e);
        }
    }

    private void sweep(Store store) throws MessagingException {
        Folder folder = store.getFolder(config.folder());
        folder.open(Folder.READ_WRITE);
        MailboxSweep.Result result;
        try {
            result = new MailboxSweep(signer::unsubscribeRequest, subscribers::unsubscribe).sweep(folder);
        } finally {
            folder.close(true); // expunge: the messages dealt with are gone
        }
        if (result.unsubscribed() + result.rejected() + result.kept() > 0) {
            LOG.info(() -> "Unsubscribe mailbox: " + result.unsubscribed() + " unsubscribed, " + result.rejected()
                    + " ignored, " + result.kept() + " kept for the next pass");
        }
    }

    private static Session session(String protocol) {
        Properties props = new Properties();
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        if ("imaps".equals(protocol)) {
            props.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(props);
    }
}
