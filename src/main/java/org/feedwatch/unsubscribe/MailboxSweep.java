package org.feedwatch.unsubscribe;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Goes through the messages of an open folder once: acts on each valid request and marks for deletion every
 * message it is done with. One message's trouble never stops the others: a mail that carries no valid request is
 * logged (without its subject: a valid token in it would be a secret) and deleted; one that cannot be read is kept
 * for one more try, then deleted; a valid one whose unsubscribing fails (the database is away) stays for the next
 * sweep.
 *
 * <p>Deleted, not flagged and moved: the mailbox belongs to the machine, every message's outcome is logged, and
 * keeping a mail keeps its signed token. Deletion and expunge are plain IMAP4rev1; MOVE needs an extension and a
 * folder that exists on every server.
 */
final class MailboxSweep {

    private static final Logger LOG = Logger.getLogger(MailboxSweep.class.getName());

    /** At most this many messages a sweep: a flood is worked off over several minutes, not in one long session. */
    static final int MAX_MESSAGES = 500;

    record Result(int unsubscribed, int rejected, int kept) {
    }

    private final Function<String, Optional<Long>> requests;
    private final LongConsumer unsubscribe;

    /**
     * @param requests    the signer's check of a subject (LinkSigner::unsubscribeRequest)
     * @param unsubscribe stops mail to a subscriber; may throw, and the message is then kept
     */
    MailboxSweep(Function<String, Optional<Long>> requests, LongConsumer unsubscribe) {
        this.requests = requests;
        this.unsubscribe = unsubscribe;
    }

    /** Works through an open read-write folder; the caller expunges by closing it with {@code close(true)}. */
    Result sweep(Folder folder) throws MessagingException {
        int count = Math.min(folder.getMessageCount(), MAX_MESSAGES);
        int unsubscribed = 0;
        int rejected = 0;
        int kept = 0;
        for (int number = 1; number <= count; number++) {
            Message mail = folder.getMessage(number);
            switch (handle(mail, number)) {
                case UNSUBSCRIBED -> unsubscribed++;
                case REJECTED -> rejected++;
                case KEPT -> kept++;
            }
        }
        return new Result(unsubscribed, rejected, kept);
    }

    private enum Outcome { UNSUBSCRIBED, REJECTED, KEPT }

    private Outcome handle(Message mail, int number) {
        MailRequest request;
        try {
            if (mail.isSet(Flags.Flag.DELETED)) {
                return Outcome.REJECTED; // left from a sweep that could not expunge: goes with this one
            }
            request = MailRequest.of(mail, requests);
        } catch (MessagingException | RuntimeException e) {
            return unreadable(mail, number, e);
        }
        if (request.subscriberId().isEmpty()) {
            LOG.info(() -> "Unsubscribe mailbox: message " + number + " ignored and deleted: " + request.problem());
            return delete(mail, number) ? Outcome.REJECTED : Outcome.KEPT;
        }
        long id = request.subscriberId().get();
        try {
            unsubscribe.accept(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unsubscribe mailbox: unsubscribing subscriber " + id
                    + " failed; the request stays for the next sweep", e);
            return Outcome.KEPT;
        }
        LOG.info(() -> "Unsubscribe mailbox: subscriber " + id + " unsubscribed by mail");
        return delete(mail, number) ? Outcome.UNSUBSCRIBED : Outcome.KEPT;
    }

    /**
     * A mail that could not be read may be fine (the connection dropped, the server was still storing it): the
     * first time it is flagged seen and kept; seen already, it is deleted. The error names the IMAP exchange, not
     * the subject.
     */
    private static Outcome unreadable(Message mail, int number, Exception e) {
        boolean seen;
        try {
            seen = mail.isSet(Flags.Flag.SEEN);
            if (!seen) {
                mail.setFlag(Flags.Flag.SEEN, true);
            }
        } catch (MessagingException | RuntimeException again) {
            seen = false;
        }
        boolean retry = !seen;
        LOG.warning(() -> "Unsubscribe mailbox: message " + number + " could not be read (" + e + "); "
                + (retry ? "trying once more at the next pass" : "deleting it"));
        return !retry && delete(mail, number) ? Outcome.REJECTED : Outcome.KEPT;
    }

    private static boolean delete(Message mail, int number) {
        try {
            mail.setFlag(Flags.Flag.DELETED, true);
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Unsubscribe mailbox: message " + number + " could not be deleted: " + e.getMessage());
            return false;
        }
    }
}
