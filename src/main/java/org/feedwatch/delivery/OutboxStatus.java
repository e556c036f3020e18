package org.feedwatch.delivery;

/** Where a message in the outbox stands. */
public enum OutboxStatus {
    /** Waiting to be sent, or to be tried again after a failure. */
    PENDING,
    /** Accepted by the SMTP server (or written to the dev mailbox). */
    SENT,
    /** Given up on; {@code lastError} holds the server's answer. */
    FAILED
}
