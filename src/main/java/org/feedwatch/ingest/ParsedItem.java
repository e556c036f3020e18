package org.feedwatch.ingest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed item, with everything from outside already made safe to show.
 *
 * @param guid        the item's own identifier (RSS guid, RSS 1.0 rdf:about, Atom id), when it has one
 * @param link        absolute http(s) link to the item; other schemes (javascript:, data:) are dropped
 * @param title       plain text, at most {@value FeedParser#MAX_TITLE_CHARS} characters; never empty (falls back
 *                    to the first words of the summary, then to the link)
 * @param summaryText plain text of the content (or the description), at most
 *                    {@value FeedParser#MAX_SUMMARY_CHARS} characters
 * @param summaryHtml the same content as HTML sanitised to a basic safe list, with absolute links
 * @param published   when the item was published, else updated; never more than a day ahead of the clock
 */
public record ParsedItem(Optional<String> guid, Optional<String> link, String title, String summaryText,
                         String summaryHtml, Optional<Instant> published) {

    public ParsedItem {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summaryText, "summaryText");
        Objects.requireNonNull(summaryHtml, "summaryHtml");
        Objects.requireNonNull(published, "published");
    }
}
