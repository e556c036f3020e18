package org.feedwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneChoicesTest {

    @Test
    void regionZonesAndUtcAreOffered() {
        assertTrue(ZoneChoices.ZONES.containsAll(List.of("UTC", "Europe/Vilnius", "Europe/Minsk", "America/New_York",
                "Europe/Kiev", "Pacific/Auckland")), "browsers still report old names such as Europe/Kiev");
        assertFalse(ZoneChoices.ZONES.contains("Etc/GMT-3"));
        assertFalse(ZoneChoices.ZONES.contains("US/Eastern"));
    }

    @Test
    void aSubscribersOwnZoneIsAlwaysOfferedSoSavingKeepsIt() {
        assertSame(ZoneChoices.ZONES, ZoneChoices.including("Europe/Vilnius"));
        List<String> withOwn = ZoneChoices.including("Etc/UTC");
        assertEquals("Etc/UTC", withOwn.get(0));
        assertEquals(ZoneChoices.ZONES.size() + 1, withOwn.size());
    }
}
