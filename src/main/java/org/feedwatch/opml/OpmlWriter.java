package org.feedwatch.opml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes feeds as an OPML 2.0 list, one {@code <outline type="rss">} each with {@code text}, {@code title} and
 * {@code xmlUrl}. The JDK's StAX writer escapes markup in titles and URLs; characters XML cannot carry at all
 * (control characters, lone surrogates) are dropped, so the list is always well-formed.
 */
public final class OpmlWriter {

    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private OpmlWriter() {
    }

    /** @param created written as the list's dateCreated (RFC 822, as OPML 2.0 asks) */
    public static byte[] write(List<OpmlFeed> feeds, Instant created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("head");
            element(xml, "title", "Feedwatch feeds");
            element(xml, "dateCreated", DateTimeFormatter.RFC_1123_DATE_TIME.format(created.atOffset(ZoneOffset.UTC)));
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            for (OpmlFeed feed : feeds) {
                String url = clean(feed.url());
                String title = feed.title().map(OpmlWriter::clean).filter(t -> !t.isBlank()).orElse(url);
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("outline");
                xml.writeAttribute("type", "rss");
                xml.writeAttribute("text", title);
                xml.writeAttribute("title", title);
                xml.writeAttribute("xmlUrl", url);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Without the characters XML 1.0 cannot carry; newlines and tabs become spaces (attributes would lose them). */
    static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("").replaceAll("[\\t\\n\\r]", " ");
    }
}
