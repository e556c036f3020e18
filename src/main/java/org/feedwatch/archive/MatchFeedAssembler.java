package org.feedwatch.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.feedwatch.feed.Item;
import org.feedwatch.match.Match;

/**
 * Turns a subscriber's matches into their feed: one entry per item (an item several rules matched lists them all),
 * in the order the matches come (newest first). Pure: the caller reads the database.
 */
final class MatchFeedAssembler {

    private static final int SNIPPET_LENGTH = 280;

    /** The server's public base URL: it keeps ids from two installations apart. */
    private final String installation;

    MatchFeedAssembler(String installation) {
        this.installation = installation;
    }

    /**
     * @param matches   the subscriber's matches, newest first, with their items and feeds loaded
     * @param ruleNames names of the subscriber's rules by id (a rule deleted since is named by its id)
     * @param ifEmpty   the feed's updated time when there is no entry yet
     */
    MatchFeedDocument assemble(long subscriberId, String email, String selfUrl, List<Match> matches,
            Map<Long, String> ruleNames, Instant ifEmpty) {
        Map<Long, List<Match>> byItem = new LinkedHashMap<>();
        for (Match match : matches) {
            byItem.computeIfAbsent(match.item().id(), id -> new ArrayList<>()).add(match);
        }
        List<FeedEntry> entries = new ArrayList<>();
        Instant updated = null;
        for (List<Match> itemMatches : byItem.values()) {
            FeedEntry entry = entry(subscriberId, itemMatches, ruleNames);
            entries.add(entry);
            updated = updated == null || entry.updated().isAfter(updated) ? entry.updated() : updated;
        }
        return new MatchFeedDocument(urn("subscriber:" + subscriberId + ":feed"), title(email), selfUrl,
                updated == null ? ifEmpty : updated, entries);
    }

    /**
     * "Feedwatch: anna's matches": the local part only. The title travels further than the secret URL (feed
     * readers show it, OPML exports and shared reading lists carry it), and a full address there is one more place
     * to harvest it from; the local part is enough for its owner to tell the feed apart.
     */
    static String title(String email) {
        int at = email.lastIndexOf('@');
        return "Feedwatch: " + (at > 0 ? email.substring(0, at) : email) + "'s matches";
    }

    private FeedEntry entry(long subscriberId, List<Match> matches, Map<Long, String> ruleNames) {
        Item item = matches.get(0).item();
        Instant updated = item.updatedAt().orElse(Instant.MIN);
        StringBuilder why = new StringBuilder();
        String snippet = "";
        for (Match match : matches) {
            updated = match.matchedAt().isAfter(updated) ? match.matchedAt() : updated;
            snippet = snippet.isEmpty() ? match.snippet() : snippet;
            why.append(why.length() == 0 ? "" : "\n").append("matched: ").append(why(match)).append(" (rule ")
                    .append(ruleNames.getOrDefault(match.ruleId(), "#" + match.ruleId())).append(')');
        }
        snippet = snippet.isEmpty() ? shorten(oneLine(item.summaryText())) : snippet;
        String summary = snippet.isEmpty() ? why.toString() : snippet + "\n\n" + why;
        String title = oneLine(item.title());
        String feedUrl = item.feed().url();
        return new FeedEntry(urn("subscriber:" + subscriberId + ":item:" + item.id()),
                title.isEmpty() ? "(untitled)" : title, item.link().filter(MatchFeedAssembler::isHttp),
                item.publishedAt(), updated, summary, item.feed().title().map(MatchFeedAssembler::oneLine)
                        .filter(t -> !t.isEmpty()).orElse(feedUrl), feedUrl);
    }

    /** As in a digest: "Алеся Бяляцкага → Ales Bialiatski", or just the words for a keyword rule. */
    static String why(Match match) {
        String words = String.join(", ", match.matchedTerms());
        return match.meanings().isEmpty() ? words : words + " → " + String.join(", ", match.meanings());
    }

    /** A name-based UUID URN: the same on every fetch, so readers never show an entry twice. */
    private String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("feedwatch " + installation + " " + name)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isHttp(String link) {
        String lower = link.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String flat) {
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_LENGTH);
        return flat.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …";
    }
}
