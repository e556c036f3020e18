package org.feedwatch.optin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.feedwatch.subscriber.Subscriber;
import org.junit.jupiter.api.Test;

/** Which mail a sign-up for a known address earns: the confirmation, the notice, or (rate limit) nothing. */
class MailChoiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(10);

    private static Subscriber subscriber(boolean confirmed) {
        return new Subscriber("reader@example.org", ZoneId.of("Europe/Vilnius"), 7, confirmed, NOW.minusSeconds(3600));
    }

    @Test
    void anUnconfirmedAddressGetsTheConfirmationAgainAndAConfirmedOneTheNotice() {
        assertEquals(MailChoice.CONFIRM, MailChoice.of(subscriber(false), Optional.empty(), NOW, INTERVAL));
        assertEquals(MailChoice.NOTICE, MailChoice.of(subscriber(true), Optional.empty(), NOW, INTERVAL));
    }

    @Test
    void anAddressThatUnsubscribedMustConfirmAgain() {
        Subscriber gone = subscriber(true);
        gone.unsubscribe(NOW.minusSeconds(60));
        assertEquals(MailChoice.CONFIRM, MailChoice.of(gone, Optional.empty(), NOW, INTERVAL));
    }

    @Test
    void atMostOneMailPerAddressPerInterval() {
        for (boolean confirmed : new boolean[] {false, true}) {
            Subscriber s = subscriber(confirmed);
            assertEquals(MailChoice.NONE, MailChoice.of(s, Optional.of(NOW), NOW, INTERVAL));
            assertEquals(MailChoice.NONE, MailChoice.of(s, Optional.of(NOW.minus(INTERVAL).plusSeconds(1)), NOW,
                    INTERVAL));
            MailChoice again = MailChoice.of(s, Optional.of(NOW.minus(INTERVAL)), NOW, INTERVAL);
            assertEquals(confirmed ? MailChoice.NOTICE : MailChoice.CONFIRM, again);
        }
    }

    @Test
    void aZeroIntervalTurnsTheLimitOff() {
        assertEquals(MailChoice.CONFIRM, MailChoice.of(subscriber(false), Optional.of(NOW), NOW, Duration.ZERO));
    }
}
