package org.feedwatch.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.feedwatch.archive.ArchivePage;
import org.feedwatch.archive.ArchivedDigest;
import org.feedwatch.subscriber.LinkSigner;

/** The model of pages/archive.html: one page of a subscriber's digests, in their zone, with links around it. */
final class ArchiveListing {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    private ArchiveListing() {
    }

    /**
     * @param pageUrl this page's signed address without paging, e.g. {@code /archive?s=42&t=...}
     */
    static Map<String, Object> model(long subscriberId, String email, ZoneId zone, ArchivePage page, String pageUrl,
            LinkSigner signer) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("email", email);
        model.put("zone", zone.getId());
        model.put("digests", page.digests().stream().map(d -> row(subscriberId, d, zone, signer)).toList());
        model.put("newerUrl", page.newerThan().map(id -> pageUrl + "&after=" + id).orElse(""));
        model.put("olderUrl", page.olderThan().map(id -> pageUrl + "&before=" + id).orElse(""));
        model.put("newestUrl", pageUrl);
        model.put("manageUrl", signer.manageUrl(subscriberId));
        model.put("feedUrl", signer.feedUrl(subscriberId));
        return model;
    }

    private static Map<String, Object> row(long subscriberId, ArchivedDigest d, ZoneId zone, LinkSigner signer) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("url", d.archiveId().isEmpty() ? "" : signer.readOnlineUrl(subscriberId, d.archiveId()));
        row.put("subject", d.subject());
        row.put("kind", d.kindLabel());
        row.put("when", WHEN.format(d.shownAt().atZone(zone)));
        row.put("iso", d.shownAt().toString());
        row.put("entries", d.entryCount());
        row.put("status", switch (d.status()) {
            case SENT -> "sent";
            case PENDING -> "waiting";
            case FAILED -> "failed";
        });
        return row;
    }
}
