package org.feedwatch.unsubscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.TestLinkSigners;
import org.junit.jupiter.api.Test;

/** Requests as mail clients send them, parsed from raw RFC 5322 text and checked by a real signer. */
class MailRequestTest {

    private final LinkSigner signer = TestLinkSigners.of("a-test-secret-that-is-long-enough-0123456789",
            "https://alerts.example.org", Optional.of("unsubscribe@alerts.example.org"));

    private String token(long id) {
        return signer.token(LinkSigner.UNSUBSCRIBE, id);
    }

    private static MimeMessage mail(String headers) throws Exception {
        String raw = "From: someone@example.org\r\nTo: unsubscribe@alerts.example.org\r\n" + headers
                + "\r\n\r\nplease\r\n";
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private MailRequest read(String headers) throws Exception {
        return MailRequest.of(mail(headers), signer::unsubscribeRequest);
    }

    @Test
    void theSubjectTheMailtoLinkSetsIsValid() throws Exception {
        String mailto = signer.unsubscribeMailto(42).orElseThrow();
        String subject = java.net.URLDecoder.decode(mailto.substring(mailto.indexOf("subject=") + 8),
                StandardCharsets.UTF_8);
        assertEquals(Optional.of(42L), read("Subject: " + subject).subscriberId());
    }

    @Test
    void clientsReplyPrefixesFoldingAndEncodingsAreFine() throws Exception {
        assertEquals(Optional.of(42L), read("Subject: Re: unsubscribe 42." + token(42)).subscriberId());
        assertEquals(Optional.of(42L), read("Subject: UNSUBSCRIBE\r\n 42." + token(42)).subscriberId(), "folded");
        assertEquals(Optional.of(42L), read("Subject: =?UTF-8?Q?unsubscribe_42." + token(42) + "?=").subscriberId(),
                "RFC 2047");
    }

    @Test
    void aForgedOrBorrowedTokenIsRefused() throws Exception {
        MailRequest forged = read("Subject: unsubscribe 42.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(Optional.empty(), forged.subscriberId());
        assertEquals("unsubscribe request with a wrong or forged token", forged.problem());
        assertEquals(Optional.empty(), read("Subject: unsubscribe 43." + token(42)).subscriberId(),
                "subscriber 42's token does not unsubscribe 43");
        assertEquals(Optional.empty(), read("Subject: unsubscribe 42." + signer.token(LinkSigner.MANAGE, 42))
                .subscriberId(), "a token for another purpose");
    }

    @Test
    void mailThatIsNoRequestSaysWhyWithoutQuotingIt() throws Exception {
        assertEquals("no subject", read("X-Nothing: 1").problem());
        assertEquals("no unsubscribe request in the subject", read("Subject: Out of office").problem());
        MailRequest tooLong = read("Subject: unsubscribe 42." + token(42) + " " + "x".repeat(MailRequest.MAX_SUBJECT));
        assertEquals("subject too long", tooLong.problem());
        assertFalse(tooLong.problem().contains(token(42)));
    }
}
