package org.feedwatch.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the feeds an HTML page advertises: {@code <link rel="alternate">} with an RSS, Atom or JSON Feed media type,
 * relative hrefs resolved against the page URL or its {@code <base href>}. Only http(s) links are kept, each URL
 * once, in document order. A plain {@code application/json} link counts only when the page links no other feed:
 * WordPress marks its REST API with that type next to its real RSS feed, while old JSON Feed sites used it alone.
 */
public final class FeedLinks {

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json");
    private static final String JSON = "application/json";
    private static final int MAX_TITLE_CHARS = 500;

    private FeedLinks() {
    }

    /**
     * @param contentType the page's Content-Type; its charset, when valid, decides the encoding (otherwise jsoup
     *                    reads the BOM and {@code <meta charset>}, then UTF-8)
     * @param pageUri     where the page came from (after redirects)
     */
    public static List<FeedChoice> in(byte[] html, Optional<String> contentType, URI pageUri) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(html), charset(contentType).orElse(null),
                    pageUri.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
        Map<String, FeedChoice> feeds = new LinkedHashMap<>();
        Map<String, FeedChoice> json = new LinkedHashMap<>();
        for (Element link : page.select("link[rel][href][type]")) {
            // An empty href would resolve to the page itself.
            if (!isAlternate(link.attr("rel")) || link.attr("href").isBlank()) {
                continue;
            }
            String type = mediaType(link.attr("type"));
            Map<String, FeedChoice> target = FEED_TYPES.contains(type) ? feeds : JSON.equals(type) ? json : null;
            if (target == null) {
                continue;
            }
            absoluteHttp(link.absUrl("href")).ifPresent(url -> target.putIfAbsent(url,
                    new FeedChoice(url, title(link.attr("title")), Optional.of(type))));
        }
        return new ArrayList<>(feeds.isEmpty() ? json.values() : feeds.values());
    }

    private static boolean isAlternate(String rel) {
        for (String token : rel.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.equals("alternate")) {
                return true;
            }
        }
        return false;
    }

    /** "Application/RSS+XML; charset=utf-8" → "application/rss+xml". */
    static String mediaType(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** jsoup gives "" for an href it cannot resolve; only http(s) URLs with a host are feeds we can poll. */
    private static Optional<String> absoluteHttp(String url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null ? Optional.of(uri.normalize().toString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();                            // e.g. spaces jsoup left in the href
        }
    }

    private static Optional<String> title(String value) {
        String title = value.strip().replaceAll("\\s+", " ");
        if (title.length() > MAX_TITLE_CHARS) {
            title = title.substring(0, MAX_TITLE_CHARS);
        }
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    /** The charset parameter of a Content-Type, when it names one this JVM knows. */
    static Optional<String> charset(Optional<String> contentType) {
        if (contentType.isEmpty()) {
            return Optional.empty();
        }
        for (String parameter : contentType.get().split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String name = pair[1].trim().replace("\"", "");
                try {
                    return Charset.isSupported(name) ? Optional.of(name) : Optional.empty();
                } catch (IllegalArgumentException e) {
                    return Optional.empty();                    // an illegal charset name
                }
            }
        }
        return Optional.empty();
    }
}
