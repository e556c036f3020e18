package org.feedwatch.ingest;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * Reads RSS 0.90 to 2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 with Rome. Rome's types stay inside this class. The XML is
 * parsed once, with the SAX builder Rome configures for itself (so Rome's refusal of any DOCTYPE stays in force: no
 * external entities, no entity expansion, no DTD downloads); Rome's model is built from that tree, and the tree
 * itself supplies what Rome's model drops ({@link FeedElements}). The price of the DOCTYPE refusal: old Netscape RSS
 * 0.91 feeds that declare their DTD are refused too.
 */
final class RomeFeedReader {

    /** Exposes the SAX builder that Rome sets up for its own parsing. */
    private static final class RomeSaxBuilder extends WireFeedInput {
        SAXBuilder create() {
            return createSAXBuilder();
        }
    }

    private RomeFeedReader() {
    }

    static ParsedFeed read(String xml, Optional<String> contentType, URI feedUri, Instant now)
            throws FeedParseException {
        Document document = parseXml(xml, contentType, feedUri);
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);                        // to tell a real guid from Rome's link fallback
        SyndFeed feed;
        try {
            feed = input.build(document);
        } catch (FeedException e) {
            throw new FeedParseException(feedUri, "this could not be read as a feed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(feedUri, FeedParser.servedAsHtml(contentType)
                    ? "this is an HTML page, not a feed" : "this XML document is not an RSS or Atom feed", e);
        }
        return toParsedFeed(feed, document, feedUri, now);
    }

    private static Document parseXml(String xml, Optional<String> contentType, URI feedUri)
            throws FeedParseException {
        try {
            // XmlFixerReader turns HTML entities (&eacute;) that feeds use without declaring into characters.
            return new RomeSaxBuilder().create().build(new XmlFixerReader(new StringReader(xml)));
        } catch (JDOMException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("DOCTYPE is disallowed")) {
                throw new FeedParseException(feedUri, "the document contains a DOCTYPE declaration, which is refused"
                        + " because it can be used for entity attacks (XXE, billion laughs); feeds do not need one", e);
            }
            throw new FeedParseException(feedUri, FeedParser.servedAsHtml(contentType)
                    ? "this is an HTML page, not a feed" : "this is not well-formed XML: " + reason, e);
        } catch (IOException e) {
            throw new FeedParseException(feedUri, "this is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static ParsedFeed toParsedFeed(SyndFeed feed, Document document, URI feedUri, Instant now) {
        boolean atom = String.valueOf(feed.getFeedType()).startsWith("atom");
        boolean rss1 = String.valueOf(feed.getFeedType()).startsWith("rss_1.0");
        Element channel = FeedElements.channel(document);
        URI base = FeedElements.base(channel, feedUri);
        String siteLink = feed.getLink();
        if (feed.originalWireFeed() instanceof Feed atomFeed) {
            // Rome's SyndFeed link may be rel="self" (the feed itself); the site is the alternate link.
            siteLink = atomFeed.getAlternateLinks().isEmpty() ? null : atomFeed.getAlternateLinks().get(0).getHref();
        }
        String title = feed.getTitle() == null ? "" : HtmlText.truncate(atom && feed.getTitleEx() != null
                && isPlain(feed.getTitleEx()) ? HtmlText.collapse(feed.getTitle()) : HtmlText.plain(feed.getTitle()),
                FeedParser.MAX_TITLE_CHARS);
        List<Element> elements = FeedElements.itemElements(document);
        boolean elementsMatch = elements.size() == feed.getEntries().size();
        List<ParsedItem> items = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            Optional<Element> element = elementsMatch ? Optional.of(elements.get(i)) : Optional.empty();
            ItemDraft draft = new ItemDraft(element.map(e -> FeedElements.base(e, feedUri)).orElse(base));
            fill(draft, feed.getEntries().get(i), element, atom, rss1, feed.getAuthors());
            draft.build(now).ifPresent(items::add);
        }
        return new ParsedFeed(title.isEmpty() ? String.valueOf(feedUri.getHost()) : title,
                Links.absoluteHttp(base, siteLink),
                FeedElements.linkHref(channel, "hub").flatMap(href -> Links.absoluteHttp(base, href)),
                FeedElements.linkHref(channel, "self").flatMap(href -> Links.absoluteHttp(base, href)), items,
                PollHintsReader.read(feed.originalWireFeed()));
    }

    private static void fill(ItemDraft draft, SyndEntry entry, Optional<Element> element, boolean atom, boolean rss1,
                             List<SyndPerson> feedAuthors) {
        String guid = entry.getUri();
        if (entry.getWireEntry() instanceof Entry atomEntry) {
            guid = atomEntry.getId();
        } else if (entry.getWireEntry() instanceof Item item) {
            // Rome copies the link into the URI of RSS items without a guid; only a real guid is an identity.
            guid = item.getGuid() != null ? item.getGuid().getValue() : rss1 ? item.getUri() : null;
        }
        draft.guid(guid);
        draft.link(entry.getLink());
        if (atom && entry.getTitleEx() != null && isPlain(entry.getTitleEx())) {
            draft.titleText(entry.getTitle());
        } else {
            draft.titleHtml(entry.getTitle());                  // RSS titles are HTML in practice
        }
        draft.summaryHtml(html(entry.getDescription(), atom));
        for (SyndContent content : entry.getContents()) {
            String html = html(content, atom);
            if (!html.isBlank()) {
                draft.contentHtml(html);
                break;
            }
        }
        Optional<Instant> romeDate = Optional.ofNullable(entry.getPublishedDate() != null ? entry.getPublishedDate()
                : entry.getUpdatedDate()).map(Date::toInstant);
        Optional<Instant> ownDate = element.flatMap(FeedElements::dateText).flatMap(FeedDates::parse);
        draft.published(ownDate.isPresent() ? ownDate : romeDate);
        authors(draft, entry, feedAuthors);
        for (SyndCategory category : entry.getCategories()) {
            draft.category(category.getLabel() != null && !category.getLabel().isBlank() ? category.getLabel()
                    : category.getName());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            dc.getSubjects().forEach(subject -> draft.category(subject.getValue()));
        }
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            draft.enclosure(enclosure.getUrl(), enclosure.getType(), enclosure.getLength());
        }
        element.map(FeedElements::thumbnails).orElse(List.of()).forEach(draft::thumbnail);
    }

    /** Atom authors, DC creators and RSS author; an Atom entry without any inherits the feed's (RFC 4287). */
    private static void authors(ItemDraft draft, SyndEntry entry, List<SyndPerson> feedAuthors) {
        List<SyndPerson> people = entry.getAuthors().isEmpty() && entry.getWireEntry() instanceof Entry
                ? feedAuthors : entry.getAuthors();
        for (SyndPerson person : people) {
            draft.author(person.getName() != null && !person.getName().isBlank() ? person.getName()
                    : person.getEmail());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            dc.getCreators().forEach(draft::author);
        }
    }

    /** The content as HTML: RSS text is HTML in practice, whatever Rome guesses; only Atom declares its types. */
    private static String html(SyndContent content, boolean atom) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return "";
        }
        if (!atom) {
            return content.getValue();
        } else if (isPlain(content)) {
            return HtmlText.textAsHtml(content.getValue());
        } else if (String.valueOf(content.getType()).toLowerCase(Locale.ROOT).contains("html")) {
            return content.getValue();
        }
        return "";    // other Atom media types (images, out-of-line content) cannot be shown as text
    }

    private static boolean isPlain(SyndContent content) {
        String type = content.getType() == null ? "text" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain");
    }
}
