package org.feedwatch.delivery;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where built messages go: an SMTP server, or the dev mailbox. One connection serves a whole batch. */
interface MailSink {

    Session session();

    /**
     * Opens the connection for a batch.
     *
     * @throws ConnectionFailure when the server cannot be reached or will not talk to us now
     */
    Connection open() throws ConnectionFailure;

    interface Connection extends AutoCloseable {
        /**
         * Sends one message. After a {@link TemporaryFailure} or {@link PermanentFailure} the connection is ready
         * for the next message (reset, or opened again).
         *
         * @throws PermanentFailure  the server refused this message for good (5xx)
         * @throws TemporaryFailure  this message may pass later (4xx, or the connection broke while it was sent)
         * @throws ConnectionFailure the server cannot take mail now (421, or it broke and cannot be reopened); the
         *                           message was not tried, nor are the rest of the batch
         */
        void send(MimeMessage message) throws PermanentFailure, TemporaryFailure, ConnectionFailure;

        @Override
        void close();
    }

    /** The server cannot be used for a while: not the fault of any one message. */
    final class ConnectionFailure extends Exception {
        ConnectionFailure(String description, Throwable cause) {
            super(description, cause);
        }
    }

    /** A message was refused for now (a 4xx answer to MAIL, RCPT or DATA). */
    final class TemporaryFailure extends Exception {
        TemporaryFailure(String serverAnswer) {
            super(serverAnswer);
        }
    }

    /**
     * A message was refused for good (5xx). {@code recipientBounce} says whether the answer is about the address
     * (a refused RCPT, or an enhanced status 5.1.x), which counts towards pausing the subscriber; a refusal of the
     * content or of our sender address does not.
     */
    final class PermanentFailure extends Exception {
        private final boolean recipientBounce;

        PermanentFailure(String serverAnswer, boolean recipientBounce) {
            super(serverAnswer);
            this.recipientBounce = recipientBounce;
        }

        boolean recipientBounce() {
            return recipientBounce;
        }
    }
}
