package org.feedwatch.subscriber;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * When a scheduled digest at a local time is next due. Works on local dates, not on "+24 hours", so a 07:00
 * digest stays at 07:00 local across a DST change. A time that does not exist that day (spring forward) moves
 * forward by the length of the gap (03:30 becomes 04:30), as {@link ZonedDateTime#of} resolves it; a time that
 * exists twice (fall back) is taken once, at its first occurrence.
 */
public final class DeliverySchedule {

    private DeliverySchedule() {
    }

    /** The first {@code time} local in {@code zone} strictly after {@code after}. */
    public static Instant nextDaily(Instant after, ZoneId zone, LocalTime time) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant candidate = at(day, zone, time);
        while (!candidate.isAfter(after)) {
            day = day.plusDays(1);
            candidate = at(day, zone, time);
        }
        return candidate;
    }

    /** The first {@code weekday} at {@code time} local in {@code zone} strictly after {@code after}. */
    public static Instant nextWeekly(Instant after, ZoneId zone, DayOfWeek weekday, LocalTime time) {
        LocalDate day = after.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(weekday));
        Instant candidate = at(day, zone, time);
        while (!candidate.isAfter(after)) {
            day = day.plusWeeks(1);
            candidate = at(day, zone, time);
        }
        return candidate;
    }

    /** The local date a daily digest due at {@code slot} covers: part of the key that stops a second one. */
    public static LocalDate dayOf(Instant slot, ZoneId zone) {
        return slot.atZone(zone).toLocalDate();
    }

    /** The ISO week ({@code 2026-W47}) a weekly digest due at {@code slot} covers. */
    public static String weekOf(Instant slot, ZoneId zone) {
        LocalDate day = slot.atZone(zone).toLocalDate();
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Instant at(LocalDate day, ZoneId zone, LocalTime time) {
        // ZonedDateTime.of resolves a gap forward and an overlap to the earlier offset: exactly the rule above.
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
