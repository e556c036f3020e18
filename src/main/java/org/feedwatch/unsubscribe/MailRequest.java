package org.feedwatch.unsubscribe;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one mail in the unsubscribe mailbox asks for. Only the subject counts: the mailto: link sets it
 * ({@code unsubscribe 42.<token>}), mail clients keep it (with "Re:" or an RFC 2047 encoding at most), and the
 * signed token in it is the whole proof, as in the https link. Sender and body are ignored: addresses are forged
 * or forwarded, and a body quoting someone else's request must not act.
 *
 * @param subscriberId the subscriber to unsubscribe, when the request is valid
 * @param problem      why not, when it is not (no secret in it: safe to log)
 */
record MailRequest(Optional<Long> subscriberId, String problem) {

    /** Longer subjects are no request of ours; the cut also bounds the work spent on a hostile one. */
    static final int MAX_SUBJECT = 1000;

    static MailRequest valid(long subscriberId) {
        return new MailRequest(Optional.of(subscriberId), "");
    }

    static MailRequest invalid(String problem) {
        return new MailRequest(Optional.empty(), problem);
    }

    /**
     * @param requests the signer's check of a subject (LinkSigner::unsubscribeRequest): the subscriber it names,
     *                 when its token is valid
     * @throws MessagingException when the mail's headers cannot be read
     */
    static MailRequest of(Message mail, Function<String, Optional<Long>> requests) throws MessagingException {
        String subject = mail.getSubject();
        if (subject == null || subject.isBlank()) {
            return invalid("no subject");
        }
        if (subject.length() > MAX_SUBJECT) {
            return invalid("subject too long");
        }
        String flat = subject.replaceAll("\\s+", " ");
        if (!flat.toLowerCase(java.util.Locale.ROOT).contains("unsubscribe")) {
            return invalid("no unsubscribe request in the subject");
        }
        return requests.apply(flat).map(MailRequest::valid)
                .orElseGet(() -> invalid("unsubscribe request with a wrong or forged token"));
    }
}
