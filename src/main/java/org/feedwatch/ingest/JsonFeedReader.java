package org.feedwatch.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) with JSON-P into the same records as RSS and Atom.
 * Both versions are read by the same code: 1.1 renamed {@code author} to {@code authors} (a list) and added
 * {@code language}; an item without authors inherits the feed's. Values of the wrong JSON type are ignored rather
 * than failing the feed; only a document that is not JSON, or not a JSON Feed, is refused.
 */
final class JsonFeedReader {

    /** JSON Feed needs five levels; the limit keeps a hostile document from exhausting the parser's stack. */
    static final int MAX_DEPTH = 64;
    /** Looking the JSON-P provider up is slow; the factory is thread-safe. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonFeedReader() {
    }

    static ParsedFeed read(String json, URI feedUri, Instant now) throws FeedParseException {
        JsonObject feed = parse(json, feedUri);
        if (!string(feed, "version").orElse("").contains("jsonfeed.org/version/")) {
            throw new FeedParseException(feedUri,
                    "this JSON document is not a JSON Feed: its \"version\" does not name a jsonfeed.org version");
        }
        List<String> feedAuthors = authors(feed);
        List<ParsedItem> items = new ArrayList<>();
        for (JsonValue value : array(feed, "items")) {
            if (value instanceof JsonObject item) {
                toItem(item, feedUri, feedAuthors, now).ifPresent(items::add);
            }
        }
        String title = HtmlText.truncate(HtmlText.collapse(string(feed, "title").orElse("")),
                FeedParser.MAX_TITLE_CHARS);
        Optional<String> hub = Optional.empty();
        for (JsonValue value : array(feed, "hubs")) {
            if (hub.isEmpty() && value instanceof JsonObject candidate
                    && string(candidate, "type").orElse("").equalsIgnoreCase("WebSub")) {
                hub = string(candidate, "url").flatMap(url -> Links.absoluteHttp(feedUri, url));
            }
        }
        return new ParsedFeed(title.isEmpty() ? String.valueOf(feedUri.getHost()) : title,
                string(feed, "home_page_url").flatMap(url -> Links.absoluteHttp(feedUri, url)), hub,
                string(feed, "feed_url").flatMap(url -> Links.absoluteHttp(feedUri, url)), items, PollHints.NONE);
    }

    private static JsonObject parse(String json, URI feedUri) throws FeedParseException {
        if (depth(json) > MAX_DEPTH) {
            throw new FeedParseException(feedUri, "this JSON document is nested more than " + MAX_DEPTH
                    + " levels deep, which no feed needs");
        }
        JsonStructure document;
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            document = reader.read();
        } catch (JsonException e) {                             // JsonParsingException included
            throw new FeedParseException(feedUri, "this is not valid JSON: " + e.getMessage(), e);
        }
        if (document instanceof JsonObject object) {
            return object;
        }
        throw new FeedParseException(feedUri, "this JSON document is not a JSON Feed: it is not an object");
    }

    private static Optional<ParsedItem> toItem(JsonObject item, URI base, List<String> feedAuthors, Instant now) {
        ItemDraft draft = new ItemDraft(base);
        // The spec wants a string; numbers are common and readers are told to take them as strings.
        Optional<String> id = item.get("id") instanceof JsonNumber number ? Optional.of(number.toString())
                : string(item, "id");
        draft.guid(id.orElse(null));
        draft.link(string(item, "url").or(() -> string(item, "external_url")).orElse(null));
        draft.titleText(string(item, "title").orElse(""));
        draft.summaryHtml(string(item, "summary").map(HtmlText::textAsHtml).orElse(""));
        draft.contentHtml(string(item, "content_html")
                .or(() -> string(item, "content_text").map(HtmlText::textAsHtml)).orElse(""));
        draft.published(string(item, "date_published").flatMap(FeedDates::parse)
                .or(() -> string(item, "date_modified").flatMap(FeedDates::parse)));
        List<String> authors = authors(item);
        (authors.isEmpty() ? feedAuthors : authors).forEach(draft::author);
        for (JsonValue tag : array(item, "tags")) {
            if (tag instanceof JsonString label) {
                draft.category(label.getString());
            }
        }
        for (JsonValue value : array(item, "attachments")) {
            if (value instanceof JsonObject attachment) {
                long size = attachment.get("size_in_bytes") instanceof JsonNumber bytes ? wholeNumber(bytes) : -1;
                string(attachment, "url").ifPresent(url ->
                        draft.enclosure(url, string(attachment, "mime_type").orElse(null), size));
            }
        }
        string(item, "image").ifPresent(draft::thumbnail);
        string(item, "banner_image").ifPresent(draft::thumbnail);
        return draft.build(now);
    }

    /** JSON Feed 1.1 "authors" (a list), else 1.0 "author" (one object): the names, else the URLs. */
    private static List<String> authors(JsonObject holder) {
        List<JsonValue> people = new ArrayList<>(array(holder, "authors"));
        if (people.isEmpty() && holder.get("author") instanceof JsonObject single) {
            people.add(single);
        }
        List<String> names = new ArrayList<>();
        for (JsonValue person : people) {
            if (person instanceof JsonObject p) {
                string(p, "name").or(() -> string(p, "url")).ifPresent(names::add);
            }
        }
        return names;
    }

    /** The number if it is a whole number that fits a long, else -1 (1e30 must not wrap around). */
    private static long wholeNumber(JsonNumber number) {
        try {
            return number.bigDecimalValue().longValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    private static Optional<String> string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString text && !text.getString().isBlank()
                ? Optional.of(text.getString()) : Optional.empty();
    }

    private static List<JsonValue> array(JsonObject object, String key) {
        return object.get(key) instanceof JsonArray list ? list : List.of();
    }

    /** The deepest nesting of objects and arrays, found without building anything. */
    static int depth(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    /** True for the JSON media types: application/json, application/feed+json and other +json types. */
    static boolean isJsonType(Optional<String> contentType) {
        return contentType.map(type -> type.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .map(type -> type.equals("application/json") || type.endsWith("+json")).orElse(false);
    }
}
