package org.feedwatch.digest;

import org.feedwatch.subscriber.DeliveryMode;

/** What a mail about matches is: an alert, a scheduled daily or weekly digest, or one an admin asked for now. */
public enum DigestKind {
    ALERT, DAILY, WEEKLY, NOW;

    /** The kind of mail that serves matches waiting on this channel. */
    public static DigestKind of(DeliveryMode channel) {
        return switch (channel) {
            case IMMEDIATE -> ALERT;
            case DAILY -> DAILY;
            case WEEKLY -> WEEKLY;
            case PAUSED -> throw new IllegalArgumentException("paused matches get no mail");
        };
    }
}
