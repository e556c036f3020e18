package org.feedwatch.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed item, with everything from outside already made safe to show.
 *
 * @param guid        the item's own identifier (RSS guid, RSS 1.0 rdf:about, Atom id, JSON Feed id), when it has one
 * @param link        absolute http(s) link to the item; other schemes (javascript:, data:) are dropped
 * @param title       plain text, at most {@value FeedParser#MAX_TITLE_CHARS} characters; never empty (falls back
 *                    to the first words of the summary, then to the link)
 * @param summaryText the plain text rules are matched against and digests quote, at most
 *                    {@value FeedParser#MAX_SUMMARY_CHARS} characters: the text of the full content when the item
 *                    has content that already contains its summary, else the summary followed by the content text
 *                    (see {@link ItemDraft})
 * @param summaryHtml the summary (RSS description, Atom summary, JSON Feed summary) as HTML sanitised to a basic safe
 *                    list, with absolute links; the content when the item has no summary
 * @param contentHtml the full content (content:encoded, Atom content, JSON Feed content_html/content_text) as
 *                    sanitised HTML; empty when the item has none
 * @param published   when the item was published, else updated; never more than
 *                    {@link FeedParser#FUTURE_SKEW} ahead of the clock (later dates become the clock's now); empty
 *                    when the feed gives no date it can be read from (storage then uses the time first seen)
 * @param authors     names (or, when that is all there is, e-mail addresses) of the authors, distinct
 * @param categories  category/tag labels, distinct
 * @param enclosures  attached files (podcast audio, video, images), distinct by URL
 * @param thumbnail   absolute http(s) URL of an image for the item (Media RSS thumbnail, JSON Feed image)
 */
public record ParsedItem(Optional<String> guid, Optional<String> link, String title, String summaryText,
                         String summaryHtml, String contentHtml, Optional<Instant> published, List<String> authors,
                         List<String> categories, List<ParsedEnclosure> enclosures, Optional<String> thumbnail) {

    public ParsedItem {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summaryText, "summaryText");
        Objects.requireNonNull(summaryHtml, "summaryHtml");
        Objects.requireNonNull(contentHtml, "contentHtml");
        Objects.requireNonNull(published, "published");
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        enclosures = List.copyOf(enclosures);
        Objects.requireNonNull(thumbnail, "thumbnail");
    }

    /** An item with only the basic fields: no content, authors, categories, enclosures or thumbnail. */
    public ParsedItem(Optional<String> guid, Optional<String> link, String title, String summaryText,
                      String summaryHtml, Optional<Instant> published) {
        this(guid, link, title, summaryText, summaryHtml, "", published, List.of(), List.of(), List.of(),
                Optional.empty());
    }
}
