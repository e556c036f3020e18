package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // RFC 822 as RSS uses it, with the zones found in the wild
        "Tue, 05 Mar 2024 09:30:00 +0000      | 2024-03-05T09:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 GMT        | 2024-03-05T09:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 UT         | 2024-03-05T09:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 Z          | 2024-03-05T09:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 EST        | 2024-03-05T14:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 PDT        | 2024-03-05T16:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 CEST       | 2024-03-05T07:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 MSK        | 2024-03-05T06:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 +0300      | 2024-03-05T06:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 +03:00     | 2024-03-05T06:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 -0530      | 2024-03-05T15:00:00Z",
        "Tue, 05 Mar 2024 09:30:00 GMT+3      | 2024-03-05T06:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 GMT-05:00  | 2024-03-05T14:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 UTC+5:30   | 2024-03-05T04:00:00Z",
        "Tue, 05 Mar 2024 09:30:00 +0300 (MSK) | 2024-03-05T06:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 XYZ        | 2024-03-05T09:30:00Z",
        "Tue, 05 Mar 2024 09:30:00            | 2024-03-05T09:30:00Z",
        // missing seconds, day name; sloppy spelling
        "Tue, 05 Mar 2024 09:30 +0100         | 2024-03-05T08:30:00Z",
        "05 Mar 2024 09:30:00 GMT             | 2024-03-05T09:30:00Z",
        "5 Mar 2024 9:30 GMT                  | 2024-03-05T09:30:00Z",
        "Tuesday, 5 March 2024 09:30:00 GMT   | 2024-03-05T09:30:00Z",
        "Tue, 05 Sept 2023 09:30:00 GMT       | 2023-09-05T09:30:00Z",
        "Thu, 05 mar 2024 09:30:00 GMT        | 2024-03-05T09:30:00Z",
        "Tue, 05 Mar 24 09:30:00 GMT          | 2024-03-05T09:30:00Z",
        "Fri, 05 Mar 99 09:30:00 GMT          | 1999-03-05T09:30:00Z",
        "05-Mar-2024 09:30:00 +0000           | 2024-03-05T09:30:00Z",
        // ISO 8601 / RFC 3339 / W3C-DTF
        "2024-03-05T09:30:00Z                 | 2024-03-05T09:30:00Z",
        "2024-03-05T09:30:00.123456Z          | 2024-03-05T09:30:00Z",
        "2024-03-05T09:30:00+01:00            | 2024-03-05T08:30:00Z",
        "2024-03-05T09:30:00-0500             | 2024-03-05T14:30:00Z",
        "2024-03-05t09:30:00z                 | 2024-03-05T09:30:00Z",
        "2024-03-05T09:30+01:00               | 2024-03-05T08:30:00Z",
        "2024-03-05T09:30:00                  | 2024-03-05T09:30:00Z",
        "2024-03-05 09:30:00                  | 2024-03-05T09:30:00Z",
        "2024-03-05 09:30:00 +0200            | 2024-03-05T07:30:00Z",
        "2024-03-05                           | 2024-03-05T00:00:00Z",
        "2024/03/05 09:30                     | 2024-03-05T09:30:00Z",
        // what Java's Date.toString() writes
        "Tue Mar 05 09:30:00 CET 2024         | 2024-03-05T08:30:00Z",
        "Tue Mar 05 09:30:00 2024             | 2024-03-05T09:30:00Z",
    })
    void readsDatesFoundInFeeds(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), FeedDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "Tue, 31 Feb 2024 09:30:00 GMT", "2024-13-01T00:00:00Z",
        "2024-03-05T25:00:00Z", "Tue, 05 Foo 2024 09:30:00 GMT", "2024-03-05T09:30:00+25:00", "12345",
        "Tue, 05 Mar 2024 09:30:00 + 0 0 0 0 and then a long sentence"})
    void givesNoDateForWhatIsNoDate(String text) {
        assertEquals(Optional.empty(), FeedDates.parse(text));
    }
}
