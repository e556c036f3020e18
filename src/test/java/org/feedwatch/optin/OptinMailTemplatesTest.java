package org.feedwatch.optin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.feedwatch.digest.RenderedDigest;
import org.feedwatch.digest.TemplateRenderer;
import org.junit.jupiter.api.Test;

/** The sign-up mails and the confirm page escape what a stranger typed (the address) in HTML, not in text. */
class OptinMailTemplatesTest {

    private static final String HOSTILE = "\"<b>x</b>\"@example.org";
    private final TemplateRenderer renderer = new TemplateRenderer(Optional.empty());

    @Test
    void confirmationMailEscapesTheAddressAndCarriesTheLink() {
        RenderedDigest mail = renderer.renderMail("mail/confirm", Map.of("email", HOSTILE,
                "confirmUrl", "https://f.example/confirm?s=1&e=2&t=abc", "expires", "3 March 2026, 12:00 (UTC)"));
        assertFalse(mail.html().contains("<b>x</b>"), mail.html());
        assertTrue(mail.html().contains("&lt;b&gt;x&lt;/b&gt;"), mail.html());
        assertTrue(mail.html().contains("href=\"https://f.example/confirm?s=1&amp;e=2&amp;t=abc\""), mail.html());
        assertTrue(mail.text().contains("https://f.example/confirm?s=1&e=2&t=abc"), mail.text());
        assertTrue(mail.text().contains(HOSTILE), "plain text is not escaped: " + mail.text());
    }

    @Test
    void alreadySubscribedMailHasTheManageLink() {
        RenderedDigest mail = renderer.renderMail("mail/already-subscribed", Map.of("email", HOSTILE,
                "manageUrl", "https://f.example/subscription?s=1&t=abc"));
        assertFalse(mail.html().contains("<b>x</b>"), mail.html());
        assertTrue(mail.text().contains("https://f.example/subscription?s=1&t=abc"), mail.text());
    }

    @Test
    void confirmPageStates() {
        for (String state : new String[] {"ask", "done", "expired", "invalid"}) {
            String page = renderer.renderPage("pages/confirm.html", Map.of("state", state, "email", HOSTILE,
                    "action", "/confirm?s=1&e=2&t=abc", "csrf", "token", "manageUrl", "https://f.example/subscription?s=1&t=abc"));
            assertFalse(page.contains("<b>x</b>"), page);
            assertTrue(page.contains("method=\"post\"") == state.equals("ask"), state + ": " + page);
            assertTrue(page.contains("This link has expired") == state.equals("expired"), state);
            assertTrue(page.contains("/subscription?s=1") == state.equals("done"), state);
        }
    }
}
