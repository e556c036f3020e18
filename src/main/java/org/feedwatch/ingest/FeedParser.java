package org.feedwatch.ingest;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with Rome into {@link ParsedFeed}. Rome's types stay inside this class.
 * Rome's default of refusing any DOCTYPE is kept: feeds never need one, and refusing it rules out external
 * entities (XXE), entity expansion (billion laughs) and DTD downloads. The price: old Netscape RSS 0.91 feeds
 * that declare their DTD are refused too.
 */
public final class FeedParser {

    public static final int MAX_TITLE_CHARS = 1000;
    public static final int MAX_SUMMARY_CHARS = 20_000;
    private static final int TITLE_FROM_SUMMARY_CHARS = 80;
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final Clock clock;

    public FeedParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param contentType the HTTP Content-Type; its charset, when given, decides the encoding
     * @param feedUri     where the feed came from: relative links are resolved against it (or xml:base)
     */
    public ParsedFeed parse(byte[] body, Optional<String> contentType, URI feedUri) throws FeedParseException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(feedUri, "feedUri");
        if (FeedText.isBlank(body)) {
            throw new FeedParseException(feedUri, "the server sent an empty document");
        }
        if (FeedText.looksLikeHtml(body)) {
            throw new FeedParseException(feedUri, "this is an HTML page, not a feed");
        }
        return toParsedFeed(build(decode(body, contentType, feedUri), contentType, feedUri), feedUri);
    }

    private static String decode(byte[] body, Optional<String> contentType, URI feedUri) throws FeedParseException {
        StringWriter text = new StringWriter();
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), FeedText.xmlContentType(contentType),
                true)) {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new FeedParseException(feedUri, "the character encoding could not be worked out ("
                    + e.getMessage() + ")", e);
        }
        // Stray control characters are common in real feeds and would fail the whole document; drop them.
        String xml = FeedText.withoutInvalidXmlChars(text.toString());
        if (xml.replace("\ufeff", "").isBlank()) {
            throw new FeedParseException(feedUri, "the server sent an empty document");
        }
        return xml;
    }

    private static SyndFeed build(String xml, Optional<String> contentType, URI feedUri) throws FeedParseException {
        boolean servedAsHtml = contentType.map(type -> type.toLowerCase(Locale.ROOT).startsWith("text/html"))
                .orElse(false);
        SyndFeedInput input = new SyndFeedInput();              // allowDoctypes stays false
        input.setPreserveWireFeed(true);                        // to tell a real guid from Rome's link fallback
        try {
            return input.build(new StringReader(xml));
        } catch (ParsingFeedException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : String.valueOf(e.getMessage());
            if (reason.contains("DOCTYPE is disallowed")) {
                throw new FeedParseException(feedUri, "the document contains a DOCTYPE declaration, which is refused"
                        + " because it can be used for entity attacks (XXE, billion laughs); feeds do not need one", e);
            }
            throw new FeedParseException(feedUri, servedAsHtml ? "this is an HTML page, not a feed"
                    : "this is not well-formed XML: " + reason, e);
        } catch (FeedException e) {
            throw new FeedParseException(feedUri, "this could not be read as a feed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(feedUri, servedAsHtml ? "this is an HTML page, not a feed"
                    : "this XML document is not an RSS or Atom feed", e);
        }
    }

    private ParsedFeed toParsedFeed(SyndFeed feed, URI feedUri) {
        boolean atom = String.valueOf(feed.getFeedType()).startsWith("atom");
        boolean rss1 = String.valueOf(feed.getFeedType()).startsWith("rss_1.0");
        URI base = feedUri;
        String siteLink = feed.getLink();
        if (feed.originalWireFeed() instanceof Feed) {
            Feed atomFeed = (Feed) feed.originalWireFeed();
            base = Links.withXmlBase(feedUri, atomFeed.getXmlBase());
            // Rome's SyndFeed link may be rel="self" (the feed itself); the site is the alternate link.
            siteLink = atomFeed.getAlternateLinks().isEmpty() ? null : atomFeed.getAlternateLinks().get(0).getHref();
        }
        String title = text(feed.getTitle(), atom && feed.getTitleEx() != null && isPlain(feed.getTitleEx()));
        List<ParsedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            toItem(entry, atom, rss1, base).ifPresent(items::add);
        }
        return new ParsedFeed(title.isEmpty() ? String.valueOf(feedUri.getHost()) : title,
                Links.absoluteHttp(base, siteLink), items, PollHintsReader.read(feed.originalWireFeed()));
    }

    private Optional<ParsedItem> toItem(SyndEntry entry, boolean atom, boolean rss1, URI feedBase) {
        URI base = feedBase;
        String guid = entry.getUri();
        if (entry.getWireEntry() instanceof Entry) {
            Entry atomEntry = (Entry) entry.getWireEntry();
            base = Links.withXmlBase(feedBase, atomEntry.getXmlBase());
            guid = atomEntry.getId();
        } else if (entry.getWireEntry() instanceof Item) {
            // Rome copies the link into the URI of RSS items without a guid; only a real guid is an identity.
            Item item = (Item) entry.getWireEntry();
            guid = item.getGuid() != null ? item.getGuid().getValue() : rss1 ? item.getUri() : null;
        }
        Optional<String> link = Links.absoluteHttp(base, entry.getLink());
        String html = bodyHtml(entry, atom);
        String summaryText = HtmlText.truncate(HtmlText.plain(html), MAX_SUMMARY_CHARS);
        String title = text(entry.getTitle(), atom && entry.getTitleEx() != null && isPlain(entry.getTitleEx()));
        if (title.isEmpty()) {
            title = !summaryText.isEmpty() ? HtmlText.firstWords(summaryText, TITLE_FROM_SUMMARY_CHARS)
                    : link.orElse("");
        }
        Optional<String> id = Optional.ofNullable(guid).map(String::strip).filter(value -> !value.isEmpty());
        if (id.isEmpty() && link.isEmpty() && title.isEmpty()) {
            return Optional.empty();                            // nothing to show and nothing to recognise it by
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Optional<Instant> published = Optional.ofNullable(date).map(Date::toInstant).map(this::notInFuture);
        return Optional.of(new ParsedItem(id, link, title, summaryText, HtmlText.sanitise(html, base), published));
    }

    /** The content (content:encoded, Atom content) if there is any, else the description/summary, as HTML. */
    private static String bodyHtml(SyndEntry entry, boolean atom) {
        List<SyndContent> candidates = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) {
            candidates.add(entry.getDescription());
        }
        for (SyndContent content : candidates) {
            String value = content.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            // Only Atom declares its content types; RSS text is HTML in practice, whatever Rome guesses.
            if (!atom) {
                return value;
            } else if (isPlain(content)) {
                return HtmlText.escape(value);
            } else if (String.valueOf(content.getType()).toLowerCase(Locale.ROOT).contains("html")) {
                return value;
            }
            // Other Atom media types (images, out-of-line content) cannot be shown as a summary.
        }
        return "";
    }

    /** Plain text of a title: Atom type="text" is taken literally, anything else is HTML to strip. */
    private static String text(String value, boolean plain) {
        if (value == null) {
            return "";
        }
        return HtmlText.truncate(plain ? HtmlText.collapse(value) : HtmlText.plain(value), MAX_TITLE_CHARS);
    }

    private static boolean isPlain(SyndContent content) {
        String type = content.getType() == null ? "text" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain");
    }

    /** Publishers with broken clocks must not pin their items to the top of every digest. */
    private Instant notInFuture(Instant instant) {
        Instant now = clock.instant();
        return instant.isAfter(now.plus(FUTURE_TOLERANCE)) ? now : instant;
    }
}
