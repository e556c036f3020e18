package org.feedwatch.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

class SmtpSinkTest {

    @Test
    void aFiveHundredAnswerIsPermanentAFourHundredIsNot() {
        assertTrue(SmtpSink.isPermanent(new MessagingException("550 5.1.1 mailbox unavailable")));
        assertFalse(SmtpSink.isPermanent(new MessagingException("451 4.3.0 try again later")));
        assertFalse(SmtpSink.isPermanent(new MessagingException("Could not connect to SMTP host")));
        MessagingException nested = new MessagingException("send failed",
                new MessagingException("554 5.7.1 rejected"));
        assertTrue(SmtpSink.isPermanent(nested));
        assertEquals("send failed / 554 5.7.1 rejected", SmtpSink.describe(nested));
    }
}
