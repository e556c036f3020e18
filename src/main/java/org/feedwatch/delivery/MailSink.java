package org.feedwatch.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where built messages go: an SMTP server, or the dev mailbox. One connection serves a whole batch. */
interface MailSink {

    Session session();

    /** Opens the connection for a batch. */
    Connection open() throws MessagingException;

    interface Connection extends AutoCloseable {
        /**
         * Sends one message.
         *
         * @throws PermanentFailure when the server refused it for good (5xx)
         * @throws MessagingException for anything that may pass
         */
        void send(MimeMessage message) throws MessagingException, PermanentFailure;

        @Override
        void close();
    }

    /** The receiving server refused a message with a permanent (5xx) answer. */
    final class PermanentFailure extends Exception {
        PermanentFailure(String serverAnswer) {
            super(serverAnswer);
        }
    }
}
