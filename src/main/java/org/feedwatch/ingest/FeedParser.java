package org.feedwatch.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a fetched body into a {@link ParsedFeed}: works out the character encoding ({@link FeedEncoding}), tells
 * JSON from XML, and hands the text to {@link JsonFeedReader} (JSON Feed 1.0/1.1) or {@link RomeFeedReader} (RSS
 * 0.90 to 2.0, RSS 1.0, Atom 0.3/1.0). The body decides the format, since servers label feeds carelessly: JSON is a
 * document that starts with "{", or one served with a JSON media type that does not start with "<". Both readers
 * share one way of turning what they found into items ({@link ItemDraft}).
 */
public final class FeedParser {

    public static final int MAX_TITLE_CHARS = 1000;
    public static final int MAX_SUMMARY_CHARS = 20_000;
    /** HTML content beyond this many characters is cut before it is sanitised. */
    public static final int MAX_CONTENT_CHARS = 200_000;
    /** How far ahead of our clock an item's date may be before it counts as wrong and becomes "now". */
    public static final Duration FUTURE_SKEW = Duration.ofMinutes(10);

    private final Clock clock;

    public FeedParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param contentType the HTTP Content-Type: its charset is one piece of evidence for the encoding, its media type
     *                    tells JSON from XML when the body alone does not
     * @param feedUri     where the feed came from: relative links are resolved against it (or xml:base)
     */
    public ParsedFeed parse(byte[] body, Optional<String> contentType, URI feedUri) throws FeedParseException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(feedUri, "feedUri");
        if (FeedText.isBlank(body)) {
            throw new FeedParseException(feedUri, "the server sent an empty document");
        }
        // Stray control characters are common in real feeds and would fail the whole document; drop them.
        String text = FeedText.withoutLeadingSpace(
                FeedText.withoutInvalidXmlChars(FeedEncoding.decode(body, contentType).text()));
        if (text.isEmpty()) {
            throw new FeedParseException(feedUri, "the server sent an empty document");
        }
        if (text.startsWith("{") || JsonFeedReader.isJsonType(contentType) && !text.startsWith("<")) {
            return JsonFeedReader.read(text, feedUri, clock.instant());
        }
        if (FeedText.looksLikeHtml(text)) {
            throw new FeedParseException(feedUri, "this is an HTML page, not a feed");
        }
        return RomeFeedReader.read(text, contentType, feedUri, clock.instant());
    }

    static boolean servedAsHtml(Optional<String> contentType) {
        return contentType.map(type -> type.toLowerCase(Locale.ROOT).startsWith("text/html")).orElse(false);
    }
}
