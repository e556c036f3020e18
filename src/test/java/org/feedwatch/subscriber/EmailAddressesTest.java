package org.feedwatch.subscriber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.feedwatch.common.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void domainIsLowerCasedLocalPartKept() throws Exception {
        assertEquals("Ales.B@example.org", EmailAddresses.canonical("email", "  Ales.B@Example.ORG "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@", "@example.org", "a@b@example.org", "Name <a@example.org>",
        "a@example.org\r\nBcc: x@example.org", "a@example.org,b@example.org", "a b@example.org"})
    void refused(String input) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EmailAddresses.canonical("email", input));
        assertEquals("email", e.field());
    }
}
