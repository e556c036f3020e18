package org.feedwatch.subscriber;

import java.util.Locale;
import org.feedwatch.common.InvalidInputException;

/**
 * How a subscriber (or one of their rules) gets mail: alerts as matches arrive (batched over a short window),
 * a daily or a weekly digest at a local time, or nothing for now. The name is also the channel an unsent match
 * waits for ({@code item_match.pending}).
 */
public enum DeliveryMode {
    IMMEDIATE, DAILY, WEEKLY, PAUSED;

    /** Reads a mode as the API writes it ({@code "daily"}), naming {@code field} when it is not one. */
    public static DeliveryMode parse(String field, String text) throws InvalidInputException {
        if (text != null) {
            for (DeliveryMode mode : values()) {
                if (mode.name().equalsIgnoreCase(text.strip())) {
                    return mode;
                }
            }
        }
        throw new InvalidInputException(field, field + " must be one of immediate, daily, weekly, paused");
    }

    /** The name the API uses. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
