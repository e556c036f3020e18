package org.feedwatch.subscriber;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void sevenLocalStaysSevenLocalAcrossTheSpringChange() {
        // Vilnius moves from +02:00 to +03:00 on 2026-03-29 at 03:00 local.
        Instant sat = DeliverySchedule.nextDaily(Instant.parse("2026-03-27T06:00:00Z"), VILNIUS, LocalTime.of(7, 0));
        assertEquals(Instant.parse("2026-03-28T05:00:00Z"), sat);
        Instant sun = DeliverySchedule.nextDaily(sat, VILNIUS, LocalTime.of(7, 0));
        assertEquals(Instant.parse("2026-03-29T04:00:00Z"), sun, "07:00 EEST is 04:00 UTC: 23 hours later");
    }

    @Test
    void sevenLocalStaysSevenLocalAcrossTheAutumnChange() {
        // New York moves from -04:00 to -05:00 on 2026-11-01 at 02:00 local.
        Instant sat = DeliverySchedule.nextDaily(Instant.parse("2026-10-31T00:00:00Z"), NEW_YORK, LocalTime.of(7, 0));
        assertEquals(Instant.parse("2026-10-31T11:00:00Z"), sat);
        assertEquals(Instant.parse("2026-11-01T12:00:00Z"), DeliverySchedule.nextDaily(sat, NEW_YORK, LocalTime.of(7, 0)),
                "07:00 EST is 12:00 UTC: 25 hours later");
    }

    @Test
    void anHourInTheGapMovesPastIt() {
        // 03:00 does not exist in Vilnius on 2026-03-29 (03:00 -> 04:00).
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"),
                DeliverySchedule.nextDaily(Instant.parse("2026-03-28T22:00:00Z"), VILNIUS, LocalTime.of(3, 0)));
    }

    @Test
    void anHourThatHappensTwiceIsTakenOnce() {
        // 01:00 happens twice in New York on 2026-11-01; the first (EDT, 05:00 UTC) is taken, the second is not.
        Instant first = DeliverySchedule.nextDaily(Instant.parse("2026-11-01T00:00:00Z"), NEW_YORK, LocalTime.of(1, 0));
        assertEquals(Instant.parse("2026-11-01T05:00:00Z"), first);
        assertEquals(Instant.parse("2026-11-02T06:00:00Z"), DeliverySchedule.nextDaily(first, NEW_YORK, LocalTime.of(1, 0)));
    }

    @Test
    void theDueTimeItselfIsNotDueAgain() {
        Instant seven = Instant.parse("2026-06-01T04:00:00Z");
        assertEquals(Instant.parse("2026-06-02T04:00:00Z"), DeliverySchedule.nextDaily(seven, VILNIUS, LocalTime.of(7, 0)));
        assertEquals(java.time.LocalDate.of(2026, 6, 1), DeliverySchedule.dayOf(seven, VILNIUS));
    }

    @Test
    void minutesCount() {
        assertEquals(Instant.parse("2026-06-01T04:30:00Z"),
                DeliverySchedule.nextDaily(Instant.parse("2026-06-01T04:29:59Z"), VILNIUS, LocalTime.of(7, 30)));
    }

    @Test
    void weeklyIsTheNextSuchWeekdayAtThatLocalTime() {
        // 2026-03-23 is a Monday; Vilnius changes to summer time on Sunday 2026-03-29.
        Instant monday = DeliverySchedule.nextWeekly(Instant.parse("2026-03-23T04:59:00Z"), VILNIUS, DayOfWeek.MONDAY,
                LocalTime.of(7, 0));
        assertEquals(Instant.parse("2026-03-23T05:00:00Z"), monday, "later the same Monday");
        assertEquals(Instant.parse("2026-03-30T04:00:00Z"),
                DeliverySchedule.nextWeekly(monday, VILNIUS, DayOfWeek.MONDAY, LocalTime.of(7, 0)),
                "a week later, 07:00 local in summer time: 167 hours later");
        assertEquals("2026-W13", DeliverySchedule.weekOf(monday, VILNIUS));
        assertEquals("2026-W14", DeliverySchedule.weekOf(Instant.parse("2026-03-30T04:00:00Z"), VILNIUS));
    }

    @Test
    void weeklyOnTheDayOfAChangeStaysLocal() {
        // Sunday 2026-11-01 is the autumn change in New York.
        Instant sunday = DeliverySchedule.nextWeekly(Instant.parse("2026-10-26T00:00:00Z"), NEW_YORK,
                DayOfWeek.SUNDAY, LocalTime.of(7, 0));
        assertEquals(Instant.parse("2026-11-01T12:00:00Z"), sunday);
    }

    @Test
    void theIsoWeekYearIsUsedAtTheYearsEdge() {
        // Thursday 2026-12-31 belongs to ISO week 2026-W53; Friday 2027-01-01 too.
        assertEquals("2026-W53", DeliverySchedule.weekOf(Instant.parse("2027-01-01T12:00:00Z"), VILNIUS));
    }
}
