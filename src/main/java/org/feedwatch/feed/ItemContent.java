package org.feedwatch.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an item says, already parsed and sanitised: the shape the ingest step hands to storage.
 *
 * @param summaryText the plain text rules match (summary and/or full content, see the parser)
 * @param summaryHtml the short form to show (sanitised HTML)
 * @param contentHtml the full content (sanitised HTML), empty when the feed gives none
 */
public record ItemContent(Optional<String> guid, Optional<String> link, String title, String summaryText,
        String summaryHtml, String contentHtml, Optional<Instant> published, List<String> authors,
        List<String> categories, List<Enclosure> enclosures, Optional<String> thumbnail) {

    public ItemContent {
        Objects.requireNonNull(guid);
        Objects.requireNonNull(link);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summaryText);
        Objects.requireNonNull(summaryHtml);
        Objects.requireNonNull(contentHtml);
        Objects.requireNonNull(published);
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        enclosures = List.copyOf(enclosures);
        Objects.requireNonNull(thumbnail);
    }

    /**
     * A fingerprint of what rules read (title and text): when it changes for a known item, the item was updated.
     * Links, dates and attachments are left out on purpose: feeds rewrite tracking parameters and timestamps on
     * every fetch, and that is no news.
     */
    public String version() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + summaryText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
