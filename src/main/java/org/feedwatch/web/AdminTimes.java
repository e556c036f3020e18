package org.feedwatch.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on admin pages: an exact UTC time, and "3 h ago" / "in 12 min" next to it for reading at a glance. */
final class AdminTimes {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private AdminTimes() {
    }

    static String exact(Instant when) {
        return EXACT.format(when);
    }

    static String relative(Instant when, Instant now) {
        Duration d = Duration.between(now, when);
        boolean future = !d.isNegative();
        long s = Math.abs(d.getSeconds());
        String amount = s < 60 ? "less than a minute" : s < 3600 ? (s / 60) + " min" : s < 172_800
                ? (s / 3600) + " h" : (s / 86_400) + " days";
        return future ? "in " + amount : amount + " ago";
    }
}
