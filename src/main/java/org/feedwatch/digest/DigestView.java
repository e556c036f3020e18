package org.feedwatch.digest;

import java.util.List;

/**
 * Everything a digest template shows, already decided and formatted by the composer: times are strings in
 * the subscriber's zone ({@code zoneName}), so templates never do time arithmetic.
 *
 * @param recipient      the subscriber's address
 * @param kind           alert, daily, weekly or on request: the templates word a few things by it
 * @param subject        the mail subject, also the page title of the HTML part
 * @param preheader      the one-line preview mail clients show next to the subject (hidden in the body)
 * @param heading        "Today's digest", "This week", "Alert", …
 * @param summary        "3 new stories for 2 of your watch rules"
 * @param zoneName       the subscriber's time zone with its offset now, for the "times are in …" note
 * @param generatedAt    when the digest was composed, formatted in that zone
 * @param sections       one section per watch rule that holds a story, in display order
 * @param entryCount     stories shown in {@code sections}
 * @param moreCount      stories left out by the per-digest cap (0 normally); the web version shows them
 * @param readOnlineUrl  absolute URL of this digest on the web ("read online", and where "N more" leads)
 * @param archiveUrl     absolute URL of the subscriber's list of past digests
 * @param manageUrl      absolute URL of the page where the subscriber edits watch rules
 * @param unsubscribeUrl absolute one-click unsubscribe URL
 * @param online         true when rendered as the web page ("read online") rather than the mail
 */
public record DigestView(
        String recipient,
        DigestKind kind,
        String subject,
        String preheader,
        String heading,
        String summary,
        String zoneName,
        String generatedAt,
        List<DigestSection> sections,
        int entryCount,
        int moreCount,
        String readOnlineUrl,
        String archiveUrl,
        String manageUrl,
        String unsubscribeUrl,
        boolean online) {

    public DigestView {
        sections = List.copyOf(sections);
    }

    /** The same digest as the read-online page shows it. */
    public DigestView asWebPage() {
        return new DigestView(recipient, kind, subject, preheader, heading, summary, zoneName, generatedAt, sections,
                entryCount, moreCount, readOnlineUrl, archiveUrl, manageUrl, unsubscribeUrl, true);
    }

    /** "digest" or "alert", for sentences such as "You receive this digest because …". */
    public String noun() {
        return kind == DigestKind.ALERT ? "alert" : "digest";
    }
}
