package org.feedwatch.subscriber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class DeliveryChoiceTest {

    private static DeliveryChoice choice(String mode, String time, Integer hour, String weekday, String zone) {
        return new DeliveryChoice(Optional.ofNullable(mode), Optional.ofNullable(time), Optional.ofNullable(hour),
                Optional.ofNullable(weekday), Optional.ofNullable(zone));
    }

    @Test
    void readsEveryField() throws InvalidInputException {
        DeliveryChoice.Checked checked = choice("Weekly", "7:05", null, "friday", "America/New_York").check();
        assertEquals(Optional.of(DeliveryMode.WEEKLY), checked.mode());
        assertEquals(Optional.of(LocalTime.of(7, 5)), checked.time());
        assertEquals(Optional.of(DayOfWeek.FRIDAY), checked.weekday());
        assertEquals(Optional.of(ZoneId.of("America/New_York")), checked.zone());
    }

    @Test
    void absentFieldsStayAbsent() throws InvalidInputException {
        DeliveryChoice.Checked checked = choice(null, null, null, null, null).check();
        assertTrue(checked.mode().isEmpty() && checked.time().isEmpty() && checked.weekday().isEmpty()
                && checked.zone().isEmpty());
    }

    @Test
    void theOldHourFieldStillWorksAndMustAgree() throws InvalidInputException {
        assertEquals(Optional.of(LocalTime.of(8, 0)), choice(null, null, 8, null, null).check().time());
        assertEquals(Optional.of(LocalTime.of(8, 30)), choice(null, "08:30", 8, null, null).check().time());
        assertEquals("digestHour", field(choice(null, "09:30", 8, null, null)));
    }

    @Test
    void badValuesNameTheirField() {
        assertEquals("deliveryMode", field(choice("hourly", null, null, null, null)));
        assertEquals("digestTime", field(choice(null, "24:00", null, null, null)));
        assertEquals("digestTime", field(choice(null, "7pm", null, null, null)));
        assertEquals("digestTime", field(choice(null, "07:00\r\nBcc: x", null, null, null)));
        assertEquals("digestHour", field(choice(null, null, 24, null, null)));
        assertEquals("weekday", field(choice(null, null, null, "someday", null)));
        assertEquals("timeZone", field(choice(null, null, null, null, "+02:00")));
        assertEquals("timeZone", field(choice(null, null, null, null, "Mars/Olympus")));
    }

    private static String field(DeliveryChoice choice) {
        return assertThrows(InvalidInputException.class, choice::check).field();
    }
}
