package org.feedwatch.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a format reader found in one item, raw, turned into a {@link ParsedItem} the same way for every format:
 * links resolved against the item's base and limited to http(s), HTML sanitised, text extracted and capped, lists
 * cleaned, the date clamped.
 *
 * <p>The text rules match ({@code summaryText}) is the richer of summary and content: the content's text when the
 * summary is empty or is an excerpt of the content (a teaser: its first 100 characters, with a trailing "…",
 * "[...]" or full stop removed, appear in the content), the summary's text when the content is empty or part of it, and otherwise both,
 * summary first. So a rule sees the body of an article, and words that only the teaser has are not lost.
 */
final class ItemDraft {

    private static final int TITLE_FROM_SUMMARY_CHARS = 80;
    private static final int EXCERPT_CHARS = 100;
    private static final int MAX_LIST_ENTRIES = 20;
    private static final int MAX_LABEL_CHARS = 200;
    /** What ends a teaser but not necessarily the same words in the content: "…", "[...]", a full stop. */
    private static final Pattern TEASER_END = Pattern.compile("[\\s.…!?,;:()\\[\\]\\-–—]+$");
    private static final Pattern RSS_AUTHOR = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");

    private final URI base;
    private String guid;
    private String link;
    private String title = "";
    private boolean titleIsHtml;
    private String summaryHtml = "";
    private String contentHtml = "";
    private Optional<Instant> published = Optional.empty();
    private final List<String> authors = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final Map<String, ParsedEnclosure> enclosures = new LinkedHashMap<>();
    private Optional<String> thumbnail = Optional.empty();

    /** @param base what relative links in this item are resolved against (xml:base, else the feed URL) */
    ItemDraft(URI base) {
        this.base = base;
    }

    void guid(String value) {
        guid = value;
    }

    void link(String reference) {
        link = reference;
    }

    void titleText(String text) {
        title = text == null ? "" : text;
        titleIsHtml = false;
    }

    void titleHtml(String html) {
        title = html == null ? "" : html;
        titleIsHtml = true;
    }

    void summaryHtml(String html) {
        summaryHtml = html == null ? "" : html;
    }

    void contentHtml(String html) {
        contentHtml = html == null ? "" : html;
    }

    void published(Optional<Instant> date) {
        published = date;
    }

    /** A name; RSS's "mail@example.org (Jane Doe)" becomes "Jane Doe". */
    void author(String name) {
        if (name != null) {
            Matcher rss = RSS_AUTHOR.matcher(name.strip());
            authors.add(rss.matches() ? rss.group(1) : name);
        }
    }

    void category(String label) {
        categories.add(label);
    }

    void enclosure(String url, String mediaType, long length) {
        Links.absoluteHttp(base, url).ifPresent(absolute -> {
            if (enclosures.size() < MAX_LIST_ENTRIES) {
                Optional<String> type = Optional.ofNullable(mediaType).map(t -> t.split(";")[0].strip())
                        .map(t -> t.toLowerCase(Locale.ROOT)).filter(t -> MEDIA_TYPE.matcher(t).matches());
                OptionalLong size = length > 0 ? OptionalLong.of(length) : OptionalLong.empty();
                enclosures.putIfAbsent(absolute, new ParsedEnclosure(absolute, type, size));
            }
        });
    }

    /** The first usable thumbnail offered wins. */
    void thumbnail(String url) {
        if (thumbnail.isEmpty()) {
            thumbnail = Links.absoluteHttp(base, url);
        }
    }

    boolean hasThumbnail() {
        return thumbnail.isPresent();
    }

    /** The item, or empty when it has nothing to show and nothing to recognise it by. */
    Optional<ParsedItem> build(Instant now) {
        Optional<String> absoluteLink = Links.absoluteHttp(base, link);
        HtmlText.Cleaned summary = HtmlText.clean(cap(summaryHtml), base);
        HtmlText.Cleaned content = HtmlText.clean(cap(contentHtml), base);
        String text = HtmlText.truncate(matchText(summary.text(), content.text()), FeedParser.MAX_SUMMARY_CHARS);
        String titleText = HtmlText.truncate(titleIsHtml ? HtmlText.plain(title) : HtmlText.collapse(title),
                FeedParser.MAX_TITLE_CHARS);
        if (titleText.isEmpty()) {
            titleText = !text.isEmpty() ? HtmlText.firstWords(text, TITLE_FROM_SUMMARY_CHARS)
                    : absoluteLink.orElse("");
        }
        Optional<String> id = Optional.ofNullable(guid).map(String::strip).filter(value -> !value.isEmpty());
        if (id.isEmpty() && absoluteLink.isEmpty() && titleText.isEmpty()) {
            return Optional.empty();
        }
        String shownSummary = summary.html().isBlank() ? content.html() : summary.html();
        Optional<Instant> date = published.map(d -> d.isAfter(now.plus(FeedParser.FUTURE_SKEW)) ? now : d);
        return Optional.of(new ParsedItem(id, absoluteLink, titleText, text, shownSummary, content.html(), date,
                labels(authors), labels(categories), List.copyOf(enclosures.values()), thumbnail));
    }

    static String matchText(String summary, String content) {
        if (content.isEmpty() || summary.contains(content)) {
            return summary;
        }
        if (summary.isEmpty() || content.contains(excerpt(summary))) {
            return content;
        }
        return summary + " " + content;
    }

    private static String excerpt(String teaser) {
        String text = TEASER_END.matcher(teaser).replaceAll("");
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS);
    }

    /** Feeds carry whole pages in their content; far more than any reader or rule needs is cut before parsing. */
    private static String cap(String html) {
        return html.length() <= FeedParser.MAX_CONTENT_CHARS ? html : html.substring(0, FeedParser.MAX_CONTENT_CHARS);
    }

    private static List<String> labels(List<String> raw) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String value : raw) {
            String label = value == null ? "" : HtmlText.truncate(HtmlText.collapse(value), MAX_LABEL_CHARS);
            if (!label.isEmpty() && distinct.size() < MAX_LIST_ENTRIES) {
                distinct.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
            }
        }
        return List.copyOf(distinct.values());
    }
}
