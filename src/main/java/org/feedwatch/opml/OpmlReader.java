package org.feedwatch.opml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an OPML feed list (1.0 or 2.0, as exported by feed readers) with the JDK's own SAX parser, hardened: any
 * DOCTYPE is refused outright, which rules out external entities, parameter entities, DTD downloads and entity
 * expansion (billion laughs); XInclude is off and secure processing on. Outlines may nest to any depth up to
 * {@link #MAX_DEPTH}; an outline with an {@code xmlUrl} is a feed, one with child outlines is a folder, any other is
 * reported. Strict XML: a document that is not well-formed is refused as a whole, with the line of the first error.
 */
public final class OpmlReader {

    public static final int MAX_DEPTH = 100;
    public static final int MAX_FEEDS = 10_000;

    private OpmlReader() {
    }

    public static OpmlDocument read(byte[] document) throws OpmlException {
        if (isBlank(document)) {
            throw new OpmlException("the document is empty");
        }
        Handler handler = new Handler();
        try {
            parser().parse(new InputSource(new ByteArrayInputStream(document)), handler);
        } catch (SAXParseException e) {
            throw new OpmlException(describe(e), e.getLineNumber(), e);
        } catch (SAXException e) {
            throw new OpmlException(String.valueOf(e.getMessage()), handler.line(), e);
        } catch (IOException e) {
            throw new OpmlException("the document could not be read: " + e.getMessage(), -1, e);
        }
        if (!handler.sawRoot) {
            throw new OpmlException("the document is empty");
        }
        return new OpmlDocument(handler.feeds, handler.problems);
    }

    /** Nothing but whitespace, perhaps after a UTF-8 byte order mark. */
    private static boolean isBlank(byte[] document) {
        boolean bom = document.length >= 3 && (document[0] & 0xff) == 0xef && (document[1] & 0xff) == 0xbb
                && (document[2] & 0xff) == 0xbf;
        for (int i = bom ? 3 : 0; i < document.length; i++) {
            byte b = document[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();   // the JDK's, never one on the path
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a hardening feature", e);
        }
    }

    private static String describe(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "the document contains a DOCTYPE declaration, which is refused: OPML does not need one, and it"
                    + " can carry entity attacks (XXE, billion laughs)";
        }
        if (message.contains("Premature end of file")) {
            return "the document ends too early (empty or cut off)";
        }
        return "this is not well-formed XML (" + message + ")";
    }

    /** One open outline. */
    private static final class Frame {
        final int line;
        final String name;
        final Optional<String> title;
        final Optional<String> url;
        boolean hasChildren;

        Frame(int line, String name, Optional<String> title, Optional<String> url) {
            this.line = line;
            this.name = name;
            this.title = title;
            this.url = url;
        }
    }

    private static final class Handler extends DefaultHandler {
        final List<OpmlOutline> feeds = new ArrayList<>();
        final List<OpmlProblem> problems = new ArrayList<>();
        private final Deque<Frame> open = new ArrayDeque<>();
        private Locator locator;
        private boolean sawRoot;
        private int bodyDepth;

        int line() {
            return locator == null ? -1 : locator.getLineNumber();
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (!sawRoot) {
                sawRoot = true;
                if (!qName.equalsIgnoreCase("opml")) {
                    throw new SAXException("this is not an OPML document: its root element is <" + qName + ">");
                }
                return;
            }
            if (qName.equalsIgnoreCase("body")) {
                bodyDepth++;
            } else if (qName.equalsIgnoreCase("outline") && bodyDepth > 0) {
                startOutline(attributes);
            }
        }

        private void startOutline(Attributes attributes) throws SAXException {
            if (open.size() >= MAX_DEPTH) {
                throw new SAXException("outlines are nested more than " + MAX_DEPTH + " levels deep");
            }
            Frame parent = open.peek();
            if (parent != null) {
                parent.hasChildren = true;
            }
            Optional<String> text = attribute(attributes, "text");
            Optional<String> title = attribute(attributes, "title").or(() -> text);
            Optional<String> url = attribute(attributes, "xmlUrl");
            Frame frame = new Frame(line(), text.or(() -> title).orElse(""), title, url);
            if (url.isPresent()) {
                if (feeds.size() >= MAX_FEEDS) {
                    throw new SAXException("the document lists more than " + MAX_FEEDS + " feeds; split it");
                }
                feeds.add(new OpmlOutline(frame.line, url.get(), title, folder(), categories(attributes)));
            }
            open.push(frame);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (qName.equalsIgnoreCase("body")) {
                bodyDepth--;
            } else if (qName.equalsIgnoreCase("outline") && bodyDepth > 0 && !open.isEmpty()) {
                Frame frame = open.pop();
                if (frame.url.isEmpty() && !frame.hasChildren) {
                    problems.add(new OpmlProblem(frame.line, Optional.empty(), frame.title,
                            OpmlProblem.Reason.NO_URL, "this outline has no xmlUrl, so it is not a feed"));
                }
            }
        }

        /** The names of the open outlines, outermost first; blank names are left out. */
        private String folder() {
            List<String> names = new ArrayList<>();
            open.descendingIterator().forEachRemaining(frame -> {
                if (!frame.name.isEmpty()) {
                    names.add(frame.name);
                }
            });
            return String.join("/", names);
        }

        private static List<String> categories(Attributes attributes) {
            return attribute(attributes, "category").map(value -> Arrays.stream(value.split(","))
                    .map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toList())).orElse(List.of());
        }

        /** The attribute's stripped value when not blank; the name ignoring case (some exporters write xmlurl). */
        private static Optional<String> attribute(Attributes attributes, String name) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getQName(i).equalsIgnoreCase(name)) {
                    String value = attributes.getValue(i).strip();
                    return value.isEmpty() ? Optional.empty() : Optional.of(value);
                }
            }
            return Optional.empty();
        }
    }
}
