package org.feedwatch.unsubscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.TestLinkSigners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A sweep over a real IMAP folder (GreenMail on a loopback port of its choosing). */
class MailboxSweepTest {

    @RegisterExtension
    final GreenMailExtension imap = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());

    private final LinkSigner signer = TestLinkSigners.of("a-test-secret-that-is-long-enough-0123456789",
            "https://alerts.example.org", Optional.of("unsubscribe@localhost"));
    private final List<Long> unsubscribed = new ArrayList<>();

    private void deliver(GreenMailUser user, String subject) throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom(new InternetAddress("reader@example.org"));
        mail.setRecipients(MimeMessage.RecipientType.TO, "unsubscribe@localhost");
        mail.setSubject(subject, "UTF-8");
        mail.setText("sent by my mail client");
        user.deliver(mail);
    }

    private MailboxSweep.Result sweep(MailboxSweep sweep) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", imap.getImap().getPort(), "unsub", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                return sweep.sweep(inbox);
            } finally {
                inbox.close(true);
            }
        } finally {
            store.close();
        }
    }

    private int inboxSize(GreenMailUser user) throws Exception {
        return imap.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }

    @Test
    void validRequestsUnsubscribeAndEveryHandledMailIsDeleted() throws Exception {
        GreenMailUser user = imap.setUser("unsubscribe@localhost", "unsub", "secret");
        deliver(user, "unsubscribe 42." + signer.token(LinkSigner.UNSUBSCRIBE, 42));
        deliver(user, "unsubscribe 43.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        deliver(user, "Automatic reply: I am away");
        deliver(user, "Re: unsubscribe 44." + signer.token(LinkSigner.UNSUBSCRIBE, 44));

        MailboxSweep.Result result = sweep(new MailboxSweep(signer::unsubscribeRequest, unsubscribed::add));

        assertEquals(List.of(42L, 44L), unsubscribed);
        assertEquals(new MailboxSweep.Result(2, 2, 0), result);
        assertEquals(0, inboxSize(user), "every message dealt with is gone");
    }

    @Test
    void oneFailingRequestStaysForTheNextSweepAndDoesNotStopTheOthers() throws Exception {
        GreenMailUser user = imap.setUser("unsubscribe@localhost", "unsub", "secret");
        deliver(user, "unsubscribe 42." + signer.token(LinkSigner.UNSUBSCRIBE, 42));
        deliver(user, "unsubscribe 44." + signer.token(LinkSigner.UNSUBSCRIBE, 44));

        MailboxSweep.Result result = sweep(new MailboxSweep(signer::unsubscribeRequest, id -> {
            if (id == 42) {
                throw new IllegalStateException("database away");
            }
            unsubscribed.add(id);
        }));

        assertEquals(List.of(44L), unsubscribed);
        assertEquals(new MailboxSweep.Result(1, 0, 1), result);
        assertEquals(1, inboxSize(user), "the failed request is kept");

        sweep(new MailboxSweep(signer::unsubscribeRequest, unsubscribed::add));
        assertEquals(List.of(44L, 42L), unsubscribed);
        assertEquals(0, inboxSize(user));
    }
}
