package org.feedwatch.subscriber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.feedwatch.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class SubscriberSearchTest {

    @Test
    void theTextIsALowerCaseSubstringWithItsWildcardsEscaped() throws Exception {
        assertEquals("%ann@example.org%", SubscriberSearch.of("  Ann@Example.ORG ", 0, 50).likePattern());
        assertEquals("%100!%!_off!!%", SubscriberSearch.of("100%_off!", 0, 50).likePattern());
    }

    @Test
    void blankFindsEveryone() throws Exception {
        assertEquals("%%", SubscriberSearch.of(null, 0, 50).likePattern());
        assertEquals("", SubscriberSearch.of("   ", 0, 50).text());
    }

    @Test
    void theTextAndPageAreBounded() throws Exception {
        assertEquals(SubscriberSearch.MAX_TEXT, SubscriberSearch.of("a".repeat(SubscriberSearch.MAX_TEXT), 0, 1)
                .text().length());
        assertEquals("q", assertThrows(InvalidInputException.class,
                () -> SubscriberSearch.of("a".repeat(SubscriberSearch.MAX_TEXT + 1), 0, 50)).field());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> SubscriberSearch.of("a", 0, 0)).field());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> SubscriberSearch.of("a", 0, SubscriberSearch.MAX_LIMIT + 1)).field());
        assertEquals("after", assertThrows(InvalidInputException.class,
                () -> SubscriberSearch.of("a", -1, 50)).field());
    }
}
