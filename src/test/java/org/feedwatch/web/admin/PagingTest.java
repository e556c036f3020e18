package org.feedwatch.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.feedwatch.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void theLimitDefaultsAndStaysWithinBounds() throws Exception {
        assertEquals(Paging.DEFAULT_LIMIT, Paging.limit(null));
        assertEquals(Paging.DEFAULT_LIMIT, Paging.limit(" "));
        assertEquals(1, Paging.limit("1"));
        assertEquals(Paging.MAX_LIMIT, Paging.limit(" 200 "));
        for (String bad : new String[] {"0", "-3", "201", "x", "9999999999"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Paging.limit(bad), bad);
            assertEquals("limit", e.field());
            assertTrue(e.getMessage().contains("1 to 200"), e.getMessage());
        }
    }

    @Test
    void aCursorIsAPositiveIdNamedByItsField() throws Exception {
        assertEquals(OptionalLong.empty(), Paging.cursor("after", null));
        assertEquals(OptionalLong.empty(), Paging.cursor("after", ""));
        assertEquals(OptionalLong.of(42), Paging.cursor("after", "42"));
        for (String bad : new String[] {"0", "-1", "4x", "99999999999999999999"}) {
            assertEquals("before", assertThrows(InvalidInputException.class,
                    () -> Paging.cursor("before", bad), bad).field());
        }
    }
}
