package org.feedwatch.web.admin;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status messages a POST leaves for the page it redirects to. The redirect carries only the code
 * ({@code ?done=retried}), never text, so nobody can make the console show words of their choosing.
 */
public enum Notice {
    RETRIED("retried", true, "The message is pending again and goes out with the next drain."),
    DRAINED("drained", true, "The outbox was drained: everything due was handed to the mail server."),
    NOT_FAILED("not-failed", false, "That message has not failed, so there is nothing to retry."),
    PAUSED("paused", true, "Mail to this subscriber is paused."),
    RESUMED("resumed", true, "Mail to this subscriber is on again."),
    CONFIRMATION_SENT("confirmation-sent", true, "A new confirmation mail is in the outbox."),
    CONFIRMATION_TOO_SOON("confirmation-too-soon", false,
            "A confirmation mail was recorded less than a minute ago; wait a minute before sending another."),
    ALREADY_CONFIRMED("already-confirmed", false, "This subscriber has confirmed already."),
    DELETED("deleted", true, "The subscriber was deleted with their rules and matches."),
    TOPIC_SAVED("topic-saved", true, "The topic file was saved; rules using the topic match by it from now on."),
    TOPIC_DELETED("topic-deleted", true, "The topic file was deleted.");

    private final String code;
    private final boolean good;
    private final String text;

    Notice(String code, boolean good, String text) {
        this.code = code;
        this.good = good;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public boolean good() {
        return good;
    }

    public String text() {
        return text;
    }

    /** The notice a {@code done} parameter names; anything else shows none. */
    public static Optional<Notice> of(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }
}
