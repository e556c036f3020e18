package org.feedwatch.subscriber;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a daily digest at a local hour is next due. Works on local dates, not on "+24 hours", so a 07:00 digest
 * stays at 07:00 local across a DST change; an hour that does not exist that day (spring forward) moves to the
 * first instant after the gap, and an hour that exists twice (fall back) is taken once, at its first occurrence.
 */
public final class DailySchedule {

    private DailySchedule() {
    }

    /** The first time at {@code hour}:00 local in {@code zone} that is strictly after {@code after}. */
    public static Instant nextAfter(Instant after, ZoneId zone, int hour) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant candidate = at(day, zone, hour);
        while (!candidate.isAfter(after)) {
            day = day.plusDays(1);
            candidate = at(day, zone, hour);
        }
        return candidate;
    }

    /** The local date a digest sent at {@code instant} covers: the key that stops a second digest that day. */
    public static LocalDate periodOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private static Instant at(LocalDate day, ZoneId zone, int hour) {
        // ZonedDateTime.of resolves a gap forward and an overlap to the earlier offset: exactly the rule above.
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant();
    }
}
