package org.feedwatch.opml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlReaderTest {

    @Test
    void readsNestedOutlinesWithFoldersCategoriesAndLines() throws Exception {
        OpmlDocument document = OpmlReader.read(fixture("nested.opml"));
        assertEquals(List.of(
                new OpmlOutline(11, "https://gazette.example.org/feed.xml", Optional.of("Harbour Town Gazette"),
                        "News/Europe", List.of("/local", "/ports")),
                new OpmlOutline(12, "https://rights.example.org/rss?a=1&b=2", Optional.of("Rights & Wrongs <weekly>"),
                        "News/Europe", List.of()),
                new OpmlOutline(15, "http://top.example.org/atom.xml", Optional.of("Top level, title only"), "",
                        List.of()),
                new OpmlOutline(18, "https://untitled.example.org/feed", Optional.empty(), "", List.of())),
                document.feeds());
        assertEquals(List.of(
                new OpmlProblem(16, Optional.empty(), Optional.of("A note that is not a feed"),
                        OpmlProblem.Reason.NO_URL, "this outline has no xmlUrl, so it is not a feed"),
                new OpmlProblem(20, Optional.empty(), Optional.of("Empty url"), OpmlProblem.Reason.NO_URL,
                        "this outline has no xmlUrl, so it is not a feed")), document.problems());
    }

    @Test
    void readsOpml1InTheEncodingItDeclares() throws Exception {
        OpmlDocument document = OpmlReader.read(fixture("opml1.opml"));
        assertEquals(Optional.of("Café news"), document.feeds().get(0).title());
    }

    @Test
    void refusesBillionLaughsWithoutExpandingAnything() throws Exception {
        byte[] laughs = fixture("billion-laughs.opml");
        OpmlException refused = assertThrows(OpmlException.class, () -> OpmlReader.read(laughs));
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
        assertEquals(OptionalInt.of(2), refused.line());
    }

    @Test
    void refusesExternalEntitiesSoNoLocalFileIsRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-7f3a");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<opml version=\"2.0\"><body><outline text=\"&xxe;\" xmlUrl=\"https://x.example.org/\"/>"
                + "</body></opml>";
        OpmlException refused = assertThrows(OpmlException.class, () -> read(xxe));
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
        assertFalse(refused.getMessage().contains("SECRET"), refused.getMessage());
    }

    @Test
    void refusesParameterEntitiesAndRemoteDtdsWithoutFetchingThem() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] dtd = "<!ENTITY remote \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY % remote SYSTEM \"" + base
                    + "/p.dtd\"> %remote;]>\n<opml version=\"2.0\"><body/></opml>";
            String remoteDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml SYSTEM \"" + base + "/opml.dtd\">\n"
                    + "<opml version=\"2.0\"><body><outline text=\"&remote;\" xmlUrl=\"https://x.example.org/\"/>"
                    + "</body></opml>";
            for (String hostile : List.of(parameter, remoteDtd)) {
                OpmlException refused = assertThrows(OpmlException.class, () -> read(hostile));
                assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
            }
            assertEquals(0, fetched.get(), "the parser fetched a DTD");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refusesWhatIsNotOpmlNamingTheProblemAndLine() {
        OpmlException rss = assertThrows(OpmlException.class,
                () -> read("<rss version=\"2.0\"><channel/></rss>"));
        assertTrue(rss.getMessage().contains("not an OPML document") && rss.getMessage().contains("<rss>"),
                rss.getMessage());

        OpmlException broken = assertThrows(OpmlException.class,
                () -> read("<opml version=\"2.0\">\n<body>\n<outline text=\"a & b\" xmlUrl=\"x\"/>\n</body></opml>"));
        assertEquals(OptionalInt.of(3), broken.line());
        assertTrue(broken.getMessage().startsWith("line 3: this is not well-formed XML"), broken.getMessage());

        OpmlException truncated = assertThrows(OpmlException.class,
                () -> read("<opml version=\"2.0\"><body><outline text=\"cut"));
        assertTrue(truncated.getMessage().contains("not well-formed")
                || truncated.getMessage().contains("ends too early"), truncated.getMessage());

        for (String empty : List.of("", "  \n", "\ufeff")) {
            OpmlException nothing = assertThrows(OpmlException.class, () -> read(empty));
            assertEquals("the document is empty", nothing.getMessage());
        }
    }

    @Test
    void boundsNestingAndTheNumberOfFeeds() {
        String deep = "<opml><body>" + "<outline text=\"f\">".repeat(OpmlReader.MAX_DEPTH + 1)
                + "</outline>".repeat(OpmlReader.MAX_DEPTH + 1) + "</body></opml>";
        OpmlException tooDeep = assertThrows(OpmlException.class, () -> read(deep));
        assertTrue(tooDeep.getMessage().contains("nested more than"), tooDeep.getMessage());

        StringBuilder many = new StringBuilder("<opml><body>");
        for (int i = 0; i <= OpmlReader.MAX_FEEDS; i++) {
            many.append("<outline xmlUrl=\"https://f.example.org/").append(i).append("\"/>\n");
        }
        OpmlException tooMany = assertThrows(OpmlException.class, () -> read(many.append("</body></opml>").toString()));
        assertTrue(tooMany.getMessage().contains("more than " + OpmlReader.MAX_FEEDS + " feeds"),
                tooMany.getMessage());
    }

    @Test
    void outlinesOutsideTheBodyAreNotFeeds() throws Exception {
        OpmlDocument document = read("<opml><head><outline xmlUrl=\"https://head.example.org/\"/></head>"
                + "<body><outline xmlUrl=\"https://body.example.org/\"/></body></opml>");
        assertEquals(List.of("https://body.example.org/"), document.feeds().stream().map(OpmlOutline::xmlUrl).toList());
    }

    private static OpmlDocument read(String document) throws OpmlException {
        return OpmlReader.read(document.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = OpmlReaderTest.class.getResourceAsStream("/opml/" + name)) {
            if (in == null) {
                throw new IOException("no test resource /opml/" + name);
            }
            return in.readAllBytes();
        }
    }
}
