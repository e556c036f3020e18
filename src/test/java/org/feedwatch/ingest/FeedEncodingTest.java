package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real bytes in real encodings (src/test/resources/encodings), with honest and lying labels. */
class FeedEncodingTest {

    private final FeedParser parser = new FeedParser(Clock.fixed(Instant.parse("2024-03-10T00:00:00Z"),
            ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} served as \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // windows-1251 under every label found in the wild
        "cp1251-declared-utf8.xml   | -                                    | windows-1251 | Новости Минска",
        "cp1251-declared-utf8.xml   | application/rss+xml; charset=UTF-8   | windows-1251 | Новости Минска",
        "cp1251-declared-latin1.xml | text/xml; charset=ISO-8859-1         | windows-1251 | Навіны Беларусі",
        "cp1251-declared-latin1.xml | application/xml                      | windows-1251 | Навіны Беларусі",
        "cp1251-undeclared.xml      | text/xml                             | windows-1251 | Погода в Новосибирске",
        "cp1251-undeclared.xml      | application/rss+xml; charset=utf-8   | windows-1251 | Погода в Новосибирске",
        "cp1251-undeclared.xml      | text/xml; charset=windows-1251       | windows-1251 | Погода в Новосибирске",
        // UTF-8 declared as ISO-8859-1, in the document and in the header
        "utf8-declared-latin1.xml   | -                                    | UTF-8        | Café Zürich",
        "utf8-declared-latin1.xml   | text/xml; charset=ISO-8859-1         | UTF-8        | Café Zürich",
        // Western text without a label stays Western (and ISO-8859-1 is read as windows-1252: curly quotes, €)
        "cp1252-undeclared.xml      | -                                    | windows-1252 | Müller’s Café",
        "cp1252-undeclared.xml      | text/xml; charset=ISO-8859-1         | windows-1252 | Müller’s Café",
        // byte order mark over everything else
        "utf16le-bom.xml            | text/xml; charset=windows-1251       | UTF-16LE     | Ειδήσεις και новини",
        // an honest label naming another encoding is believed
        "koi8r-declared.xml         | -                                    | KOI8-R       | Вести Петербурга",
        "koi8r-declared.xml         | text/xml; charset=koi8-r             | KOI8-R       | Вести Петербурга",
        // UTF-8 with one stray windows-1252 byte is still UTF-8
        "utf8-stray-byte.xml        | -                                    | UTF-8        | Новости дня",
    })
    void decidesTheEncodingFromTheBytes(String file, String contentType, String charset, String title)
            throws Exception {
        byte[] body = fixture(file);
        FeedEncoding.Decoded decoded = FeedEncoding.decode(body, Optional.ofNullable(contentType));
        assertEquals(Charset.forName(charset), decoded.charset());
        ParsedFeed feed = parser.parse(body, Optional.ofNullable(contentType), URI.create("https://news.example.by/"));
        assertEquals(title, feed.title());
    }

    @Test
    void cyrillicItemsComeOutRight() throws Exception {
        ParsedItem snow = parse("cp1251-declared-utf8.xml", "application/rss+xml; charset=UTF-8");
        assertEquals("Снег в Минске", snow.title());
        assertEquals("Ожидается до двадцати сантиметров снега.", snow.summaryText());

        ParsedItem spring = parse("cp1251-declared-latin1.xml", "text/xml; charset=ISO-8859-1");
        assertEquals("Вясна ў Гародні", spring.title(), "Belarusian ў");
        assertEquals("Сёння цёпла і сонечна, а ўначы — да нуля.", spring.summaryText());

        ParsedItem western = parse("cp1252-undeclared.xml", "text/xml");
        assertEquals("“Größe” matters – €5 off", western.title());
        assertEquals("Déjà vu: naïve façade, Ærø and São Paulo.", western.summaryText());

        ParsedItem stray = parse("utf8-stray-byte.xml", "text/xml");
        assertEquals("Кандидаты \ufffds представили свои программы жителям района.", stray.summaryText());
    }

    @Test
    void readsAJsonFeedInWindows1251ServedAsUtf8() throws Exception {
        ParsedFeed feed = parser.parse(fixture("jsonfeed-cp1251.json"),
                Optional.of("application/feed+json; charset=utf-8"), URI.create("https://grodno.example.by/feed.json"));
        assertEquals("Новости Гродно", feed.title());
        assertEquals("Ледоход на Немане", feed.items().get(0).title());
        assertEquals("Лёд на Немане тронулся в понедельник.", feed.items().get(0).summaryText());
    }

    @Test
    void ignoresCharsetNamesJavaDoesNotKnow() {
        byte[] utf8 = "<rss><channel><title>Café</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8,
                FeedEncoding.decode(utf8, Optional.of("text/xml; charset=no-such-charset")).charset());
        byte[] latin = "<rss><channel><title>Caf\u00e9</title></channel></rss>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(FeedEncoding.WINDOWS_1252,
                FeedEncoding.decode(latin, Optional.of("text/xml; charset=\"x-made-up\"")).charset());
    }

    @Test
    void readsUtf16WithoutAByteOrderMark() {
        String xml = "<?xml version=\"1.0\"?><rss><channel><title>Ωμέγα</title></channel></rss>";
        assertEquals(xml, FeedEncoding.decode(xml.getBytes(StandardCharsets.UTF_16BE), Optional.empty()).text());
        assertEquals(xml, FeedEncoding.decode(xml.getBytes(StandardCharsets.UTF_16LE), Optional.empty()).text());
    }

    @Test
    void aUtf16LabelOnAsciiBytesIsALie() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss/>".getBytes(StandardCharsets.US_ASCII);
        assertEquals(StandardCharsets.UTF_8, FeedEncoding.decode(body, Optional.of("text/xml; charset=utf-16"))
                .charset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Мороз в Новосибирске", "Навіны: вясна ў Гародні", "Мир", "Путин met Biden in Geneva",
        "Сёння цёпла", "ЗАГОЛОВОК ПРОПИСНЫМИ"})
    void recognisesCyrillicInWindows1251(String text) {
        assertTrue(CyrillicGuess.looksLikeWindows1251(text.getBytes(FeedEncoding.WINDOWS_1251)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Café crème", "Größe und Müller", "informação e ações", "Ærø, Ålborg, naïve",
        "À propos de l'été", "señor niño", "“quoted” – dash € 5", "plain ASCII"})
    void recognisesWesternTextInWindows1252(String text) {
        assertFalse(CyrillicGuess.looksLikeWindows1251(text.getBytes(FeedEncoding.WINDOWS_1252)), text);
    }

    private ParsedItem parse(String file, String contentType) throws Exception {
        return parser.parse(fixture(file), Optional.of(contentType), URI.create("https://news.example.by/feed"))
                .items().get(0);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedEncodingTest.class.getResourceAsStream("/encodings/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }
}
