package org.feedwatch.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.feedwatch.archive.ArchivePage;
import org.feedwatch.archive.ArchivedDigest;
import org.feedwatch.delivery.OutboxStatus;
import org.feedwatch.digest.TemplateRenderer;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.TestLinkSigners;
import org.junit.jupiter.api.Test;

/** The archive page as rendered by the real template: escaped, in the reader's zone, with its states and pages. */
class ArchiveListingTest {

    private final LinkSigner signer = TestLinkSigners.of("a-test-secret-that-is-long-enough-0123456789",
            "https://alerts.example.org", Optional.empty());
    private final TemplateRenderer renderer = new TemplateRenderer(Optional.empty());

    private String render(ArchivePage page) {
        return renderer.renderPage("pages/archive.html", ArchiveListing.model(42, "anna@example.org",
                ZoneId.of("Europe/Vilnius"), page, "/archive?s=42&t=tok", signer));
    }

    @Test
    void listsEveryDigestWithItsStateEscaped() {
        Instant at = Instant.parse("2026-11-20T05:00:00Z");
        String html = render(new ArchivePage(List.of(
                new ArchivedDigest(9, "3f2b1c4e-0000-3000-8000-000000000009", "ALERT",
                        "Feedwatch: <script>alert(1)</script> & more", at, Optional.empty(), 3, OutboxStatus.FAILED),
                new ArchivedDigest(8, "3f2b1c4e-0000-3000-8000-000000000008", "WEEKLY", "Weekly", at,
                        Optional.of(at), 12, OutboxStatus.SENT),
                new ArchivedDigest(7, "3f2b1c4e-0000-3000-8000-000000000007", "DAILY", "Daily", at,
                        Optional.empty(), 1, OutboxStatus.PENDING)),
                Optional.of(9L), Optional.of(7L)));

        assertFalse(html.contains("<script>alert"), "subjects are escaped");
        assertTrue(html.contains("Feedwatch: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assertTrue(html.contains("<span class=\"badge bad\">failed</span>") && html.contains(">waiting<")
                && html.contains(">sent<"), html);
        assertTrue(html.contains(">alert<") && html.contains(">weekly<") && html.contains(">daily<"));
        assertTrue(html.contains("20 Nov 2026, 07:00"), "the reader's zone (Vilnius is UTC+2 in November): " + html);
        assertTrue(html.contains("href=\"" + signer.readOnlineUrl(42, "3f2b1c4e-0000-3000-8000-000000000009")
                .replace("&", "&amp;") + "\""), "read-online links by archive id");
        assertTrue(html.contains("href=\"/archive?s=42&amp;t=tok&amp;after=9\" rel=\"prev\""), html);
        assertTrue(html.contains("href=\"/archive?s=42&amp;t=tok&amp;before=7\" rel=\"next\""), html);
        assertTrue(html.contains(signer.feedUrl(42)) && html.contains("anyone with this address can read your matches"));
    }

    @Test
    void anEmptyArchiveSaysSo() {
        String html = render(new ArchivePage(List.of(), Optional.empty(), Optional.empty()));
        assertTrue(html.contains("No digest has been sent yet."), html);
        assertFalse(html.contains("rel=\"next\""));
    }
}
