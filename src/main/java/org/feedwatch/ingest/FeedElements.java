package org.feedwatch.ingest;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What Rome's model does not keep, read from the same parsed XML tree (JDOM, Rome's own): xml:base on RSS elements,
 * the original date text (Rome's date parser gives up on many dates found in the wild), Media RSS and iTunes images,
 * and feed-level hub/self links in RSS. Only {@link RomeFeedReader} uses it.
 */
final class FeedElements {

    private static final String MEDIA_RSS = "http://search.yahoo.com/mrss";
    private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    /** Where items keep their date, most telling first: publication before modification. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "issued", "created", "date",
            "updated", "modified");

    private FeedElements() {
    }

    /** The element that holds the feed's own metadata: RSS's channel, or the Atom feed itself. */
    static Element channel(Document document) {
        Element root = document.getRootElement();
        return root.getChildren().stream().filter(e -> e.getName().equals("channel")).findFirst().orElse(root);
    }

    /**
     * The item or entry elements in document order, the way Rome finds them: items of the channel's namespace under
     * the root (RSS 0.90, 1.0) or under the channel (RSS 0.91 to 2.0); entries of the root's namespace (Atom).
     */
    static List<Element> itemElements(Document document) {
        Element root = document.getRootElement();
        Element channel = channel(document);
        if (channel == root) {
            return root.getChildren("entry", root.getNamespace());
        }
        Namespace namespace = channel.getNamespace();
        List<Element> underRoot = root.getChildren("item", namespace);
        return underRoot.isEmpty() ? channel.getChildren("item", namespace) : underRoot;
    }

    /** The base for links inside {@code element}: every xml:base from the root down, applied to the feed URL. */
    static URI base(Element element, URI feedUri) {
        Deque<String> bases = new ArrayDeque<>();
        for (Element e = element; e != null; e = e.getParentElement()) {
            String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null) {
                bases.push(base);
            }
        }
        URI resolved = feedUri;
        for (String base : bases) {
            resolved = Links.withXmlBase(resolved, base);
        }
        return resolved;
    }

    /** The item's date as written, from the first date element that has text. */
    static Optional<String> dateText(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return Optional.of(child.getTextTrim());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Image URLs for the item, best first: media:thumbnail (also inside media:group or media:content), then
     * media:content that is an image, then itunes:image.
     */
    static List<String> thumbnails(Element item) {
        List<String> found = new ArrayList<>();
        List<Element> media = new ArrayList<>(mediaChildren(item, "content"));
        for (Element group : mediaChildren(item, "group")) {
            media.addAll(mediaChildren(group, "content"));
        }
        List<Element> holders = new ArrayList<>(List.of(item));
        holders.addAll(mediaChildren(item, "group"));
        holders.addAll(media);
        for (Element holder : holders) {
            mediaChildren(holder, "thumbnail").forEach(t -> add(found, t.getAttributeValue("url")));
        }
        for (Element content : media) {
            String medium = String.valueOf(content.getAttributeValue("medium")).toLowerCase(Locale.ROOT);
            String type = String.valueOf(content.getAttributeValue("type")).toLowerCase(Locale.ROOT);
            if (medium.equals("image") || type.startsWith("image/")) {
                add(found, content.getAttributeValue("url"));
            }
        }
        for (Element child : item.getChildren("image", Namespace.getNamespace(ITUNES))) {
            add(found, child.getAttributeValue("href"));
        }
        return found;
    }

    /** The href of the first link child with this rel, in any namespace (Atom link, atom:link in RSS). */
    static Optional<String> linkHref(Element channel, String rel) {
        for (Element child : channel.getChildren()) {
            if (child.getName().equals("link") && rel.equalsIgnoreCase(child.getAttributeValue("rel", ""))) {
                String href = child.getAttributeValue("href");
                if (href != null && !href.isBlank()) {
                    return Optional.of(href);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Element> mediaChildren(Element parent, String name) {
        return parent.getChildren().stream()
                .filter(e -> e.getName().equals(name) && e.getNamespaceURI().startsWith(MEDIA_RSS)).toList();
    }

    private static void add(List<String> found, String url) {
        if (url != null && !url.isBlank()) {
            found.add(url.strip());
        }
    }
}
