package org.feedwatch.bench.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * The feeds the benchmark serves, generated deterministically: feed {@code i} at version {@code v} holds
 * {@link #ITEMS_PER_FEED} items, newest first; each new version adds {@link #NEW_ITEMS_PER_VERSION} items and drops
 * as many old ones, as a blog or news feed does. Even feeds are RSS 2.0 (description + content:encoded, guid,
 * categories, an enclosure on every fifth item), odd feeds Atom 1.0 (summary + html content). The same feed and
 * version always give the same bytes. Feeds with {@code i % 5 < 2} (40 %) change on every {@link #advance()}, the
 * others never do, so after a priming fetch 60 % of the feeds answer 304.
 */
final class FeedCorpus {

    static final int ITEMS_PER_FEED = 20;
    static final int NEW_ITEMS_PER_VERSION = 3;
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final String[] WORDS = ("the of and to in a is that for on with as was by at from it an be this are"
            + " which or has have not but were its after their new more been also than other into two first year"
            + " government election minister court police market company energy climate report said people city"
            + " research university data security software release update vulnerability patch network cloud"
            + " football championship museum festival health hospital vaccine budget inflation bank railway"
            + " Jakarta Lisbon Nairobi Osaka Valparaíso Zürich Kraków Москва naïve café résumé").split(" ");

    private final int feedCount;
    private final int[] versions;
    private final byte[][] gzipped;

    FeedCorpus(int feedCount) {
        this.feedCount = feedCount;
        this.versions = new int[feedCount];
        this.gzipped = new byte[feedCount][];
        IntStream.range(0, feedCount).parallel().forEach(this::regenerate);
    }

    int feedCount() {
        return feedCount;
    }

    static boolean changes(int feed) {
        return feed % 5 < 2;
    }

    /** Publishes a new version of every changing feed; returns how many changed. */
    int advance() {
        int[] changing = IntStream.range(0, feedCount).filter(FeedCorpus::changes).toArray();
        IntStream.of(changing).parallel().forEach(i -> {
            versions[i]++;
            regenerate(i);
        });
        return changing.length;
    }

    String etag(int feed) {
        return "\"f" + feed + "-v" + versions[feed] + "\"";
    }

    byte[] gzipped(int feed) {
        return gzipped[feed];
    }

    String contentType(int feed) {
        return (feed % 2 == 0 ? "application/rss+xml" : "application/atom+xml") + "; charset=utf-8";
    }

    /** The uncompressed document as currently served. */
    byte[] document(int feed) {
        return generate(feed, versions[feed]).getBytes(StandardCharsets.UTF_8);
    }

    private void regenerate(int feed) {
        byte[] plain = document(feed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gzipped[feed] = out.toByteArray();
    }

    static String generate(int feed, int version) {
        boolean rss = feed % 2 == 0;
        StringBuilder xml = new StringBuilder(48_000);
        String site = "https://site" + feed + ".example.org";
        if (rss) {
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                    + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>Site ")
                    .append(feed).append(" news</title>\n<link>").append(site).append("/</link>\n")
                    .append("<description>Generated feed ").append(feed).append("</description>\n<ttl>60</ttl>\n");
        } else {
            xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                    .append("<title>Site ").append(feed).append(" blog</title>\n<id>").append(site).append("/</id>\n")
                    .append("<link rel=\"alternate\" href=\"").append(site).append("/\"/>\n<updated>")
                    .append(date(feed, version * NEW_ITEMS_PER_VERSION + ITEMS_PER_FEED - 1).toString())
                    .append("</updated>\n");
        }
        int newest = version * NEW_ITEMS_PER_VERSION + ITEMS_PER_FEED - 1;
        for (int n = newest; n > newest - ITEMS_PER_FEED; n--) {
            Random random = new Random(feed * 1_000_003L + n);
            String title = words(random, 6 + random.nextInt(6));
            String link = site + "/posts/" + n + "?utm_source=rss&amp;utm_medium=feed";
            String summary = "<p>" + words(random, 35 + random.nextInt(30)) + "</p>";
            String content = content(random, site);
            Instant published = date(feed, n);
            if (rss) {
                xml.append("<item>\n<title>").append(title).append("</title>\n<link>").append(link)
                        .append("</link>\n<guid isPermaLink=\"false\">").append(site).append("/id/").append(n)
                        .append("</guid>\n<pubDate>").append(RFC_822.format(published)).append("</pubDate>\n")
                        .append("<dc:creator>Author ").append(random.nextInt(40)).append("</dc:creator>\n")
                        .append("<category>").append(words(random, 1)).append("</category><category>")
                        .append(words(random, 2)).append("</category>\n<description><![CDATA[").append(summary)
                        .append("]]></description>\n<content:encoded><![CDATA[").append(content)
                        .append("]]></content:encoded>\n");
                if (n % 5 == 0) {
                    xml.append("<enclosure url=\"").append(site).append("/audio/").append(n)
                            .append(".mp3\" type=\"audio/mpeg\" length=\"").append(1_000_000 + n).append("\"/>\n");
                }
                xml.append("</item>\n");
            } else {
                xml.append("<entry>\n<title type=\"text\">").append(title).append("</title>\n<id>tag:site")
                        .append(feed).append(".example.org,2026:").append(n).append("</id>\n<link rel=\"alternate\"")
                        .append(" href=\"").append(link).append("\"/>\n<published>").append(published)
                        .append("</published>\n<updated>").append(published).append("</updated>\n<author><name>Author ")
                        .append(random.nextInt(40)).append("</name></author>\n<category term=\"")
                        .append(words(random, 1)).append("\"/>\n<summary type=\"html\">").append(escape(summary))
                        .append("</summary>\n<content type=\"html\">").append(escape(content))
                        .append("</content>\n</entry>\n");
            }
        }
        xml.append(rss ? "</channel>\n</rss>\n" : "</feed>\n");
        return xml.toString();
    }

    private static String content(Random random, String site) {
        StringBuilder html = new StringBuilder(2_000);
        int paragraphs = 2 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p>").append(words(random, 25 + random.nextInt(25)))
                    .append(" <a href=\"").append(site).append("/topic/").append(random.nextInt(500)).append("\">")
                    .append(words(random, 2)).append("</a> <em>").append(words(random, 3)).append("</em>.</p>\n");
        }
        return html.toString();
    }

    private static Instant date(int feed, int n) {
        return EPOCH.plusSeconds(n * 3_600L + feed % 3_600);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder(count * 7);
        for (int w = 0; w < count; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String escape(String html) {
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
