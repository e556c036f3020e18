package org.feedwatch.archive;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link MatchFeedDocument} as Atom 1.0 (RFC 4287) with Rome, the only class here that knows Rome. Every
 * text is plain ({@code type="text"}), so nothing from a feed is ever read as markup by a feed reader, and passes
 * through {@link XmlChars} first: Rome does not drop the characters XML 1.0 forbids (JDOM refuses them instead).
 */
public final class AtomFeedWriter {

    static final String ATOM = "atom_1.0";

    /** The document as UTF-8 Atom XML. */
    public byte[] write(MatchFeedDocument document) {
        Feed feed = new Feed(ATOM);
        feed.setEncoding("UTF-8");
        feed.setId(XmlChars.clean(document.id()));
        feed.setTitleEx(text(document.title()));
        feed.setUpdated(date(document.updated()));
        feed.setAuthors(authors("Feedwatch"));
        feed.setOtherLinks(List.of(link("self", document.selfUrl(), "application/atom+xml")));
        List<Entry> entries = new ArrayList<>();
        for (FeedEntry e : document.entries()) {
            entries.add(entry(e));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            // Only an unknown feed type or an unusable model ends here: a bug, not a property of the data.
            throw new IllegalStateException("Atom output failed: " + e.getMessage(), e);
        }
    }

    private static Entry entry(FeedEntry e) {
        Entry entry = new Entry();
        entry.setId(XmlChars.clean(e.id()));
        entry.setTitleEx(text(e.title()));
        e.link().map(XmlChars::clean).filter(l -> !l.isEmpty())
                .ifPresent(href -> entry.setAlternateLinks(List.of(link("alternate", href, null))));
        entry.setPublished(date(e.published()));
        entry.setUpdated(date(e.updated()));
        entry.setSummary(text(e.summary()));
        entry.setAuthors(authors(e.sourceTitle()));
        Feed source = new Feed(ATOM);
        source.setTitleEx(text(e.sourceTitle()));
        source.setId(XmlChars.clean(e.sourceUrl()));
        source.setAlternateLinks(List.of(link("alternate", e.sourceUrl(), null)));
        entry.setSource(source);
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(XmlChars.clean(value));
        return content;
    }

    private static List<SyndPerson> authors(String name) {
        Person person = new Person();
        String clean = XmlChars.clean(name).strip();
        person.setName(clean.isEmpty() ? "Feedwatch" : clean);
        return List.of(person);
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(XmlChars.clean(href));
        Optional.ofNullable(type).ifPresent(link::setType);
        return link;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
