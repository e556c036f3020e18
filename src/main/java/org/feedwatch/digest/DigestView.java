package org.feedwatch.digest;

import java.util.List;

/**
 * Everything a digest template shows, already decided and formatted by the composer: times are strings in
 * the subscriber's zone ({@code zoneName}), so templates never do time arithmetic.
 *
 * @param recipient      the subscriber's address
 * @param subject        the mail subject, also the page title of the HTML part
 * @param preheader      the one-line summary mail clients show next to the subject
 * @param zoneName       the subscriber's time zone, for the "times are in …" note
 * @param generatedAt    when the digest was composed, formatted in that zone
 * @param sections       one section per watch rule that matched, in display order
 * @param entryCount     entries shown in {@code sections}
 * @param moreCount      entries left out by the per-digest cap (0 normally)
 * @param manageUrl      absolute URL of the page where the subscriber edits watch rules
 * @param unsubscribeUrl absolute one-click unsubscribe URL
 * @param archiveUrl     absolute URL of this digest on the web ("read online")
 */
public record DigestView(
        String recipient,
        String subject,
        String preheader,
        String zoneName,
        String generatedAt,
        List<DigestSection> sections,
        int entryCount,
        int moreCount,
        String manageUrl,
        String unsubscribeUrl,
        String archiveUrl) {

    public DigestView {
        sections = List.copyOf(sections);
    }
}
