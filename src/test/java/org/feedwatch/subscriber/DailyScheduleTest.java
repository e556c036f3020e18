package org.feedwatch.subscriber;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DailyScheduleTest {

    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void sevenLocalStaysSevenLocalAcrossTheSpringChange() {
        // Vilnius moves from +02:00 to +03:00 on 2026-03-29 at 03:00 local.
        Instant sat = DailySchedule.nextAfter(Instant.parse("2026-03-27T06:00:00Z"), VILNIUS, 7);
        assertEquals(Instant.parse("2026-03-28T05:00:00Z"), sat);
        Instant sun = DailySchedule.nextAfter(sat, VILNIUS, 7);
        assertEquals(Instant.parse("2026-03-29T04:00:00Z"), sun, "07:00 EEST is 04:00 UTC: 23 hours later");
    }

    @Test
    void sevenLocalStaysSevenLocalAcrossTheAutumnChange() {
        // New York moves from -04:00 to -05:00 on 2026-11-01 at 02:00 local.
        Instant sat = DailySchedule.nextAfter(Instant.parse("2026-10-31T00:00:00Z"), NEW_YORK, 7);
        assertEquals(Instant.parse("2026-10-31T11:00:00Z"), sat);
        assertEquals(Instant.parse("2026-11-01T12:00:00Z"), DailySchedule.nextAfter(sat, NEW_YORK, 7),
                "07:00 EST is 12:00 UTC: 25 hours later");
    }

    @Test
    void anHourInTheGapMovesPastIt() {
        // 03:00 does not exist in Vilnius on 2026-03-29 (03:00 -> 04:00).
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"),
                DailySchedule.nextAfter(Instant.parse("2026-03-28T22:00:00Z"), VILNIUS, 3));
    }

    @Test
    void anHourThatHappensTwiceIsTakenOnce() {
        // 01:00 happens twice in New York on 2026-11-01; the first (EDT, 05:00 UTC) is taken, the second is not.
        Instant first = DailySchedule.nextAfter(Instant.parse("2026-11-01T00:00:00Z"), NEW_YORK, 1);
        assertEquals(Instant.parse("2026-11-01T05:00:00Z"), first);
        assertEquals(Instant.parse("2026-11-02T06:00:00Z"), DailySchedule.nextAfter(first, NEW_YORK, 1));
    }

    @Test
    void theDueTimeItselfIsNotDueAgain() {
        Instant seven = Instant.parse("2026-06-01T04:00:00Z");
        assertEquals(Instant.parse("2026-06-02T04:00:00Z"), DailySchedule.nextAfter(seven, VILNIUS, 7));
        assertEquals(java.time.LocalDate.of(2026, 6, 1), DailySchedule.periodOf(seven, VILNIUS));
    }
}
