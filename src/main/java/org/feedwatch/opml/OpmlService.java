package org.feedwatch.opml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.FetchConfig;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedService;

/**
 * Imports and exports the feed list as OPML. Each feed of an import is added on its own (its own transaction,
 * the same checks as {@code POST /api/feeds}, no fetch: an OPML list says what is a feed), so one bad outline
 * does not stop the others. Titles longer than a feed title may be are shortened rather than refused.
 */
@ApplicationScoped
public class OpmlService {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    @Inject
    FeedService feeds;

    @Inject
    FetchConfig fetchConfig;

    @Inject
    Clock clock;

    public ImportReport importFeeds(byte[] document) throws OpmlException {
        OpmlDocument read = OpmlReader.read(document);
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<OpmlProblem> problems = new ArrayList<>(read.problems());
        Map<Long, Integer> lineOfAdded = new HashMap<>();
        for (OpmlOutline outline : read.feeds()) {
            Optional<String> url = Optional.of(outline.xmlUrl());
            Optional<String> scheme = refusedScheme(outline.xmlUrl());
            if (scheme.isPresent()) {
                problems.add(new OpmlProblem(outline.line(), url, outline.title(), OpmlProblem.Reason.REFUSED_SCHEME,
                        "only http and https feeds can be watched, not " + scheme.get() + ":"));
                continue;
            }
            try {
                Feed feed = feeds.add(outline.xmlUrl(), outline.title().map(OpmlService::shortTitle),
                        fetchConfig.defaultPollMinutes());
                imported.add(new ImportReport.Imported(outline, feed.id(), feed.url()));
                lineOfAdded.put(feed.id(), outline.line());
            } catch (InvalidInputException e) {
                problems.add(new OpmlProblem(outline.line(), url, outline.title(), OpmlProblem.Reason.BAD_URL,
                        e.getMessage()));
            } catch (AlreadyExistsException e) {
                Integer earlier = lineOfAdded.get(e.existingId());
                problems.add(earlier != null
                        ? new OpmlProblem(outline.line(), url, outline.title(), OpmlProblem.Reason.DUPLICATE,
                                "the same feed is listed at line " + earlier)
                        : new OpmlProblem(outline.line(), url, outline.title(), OpmlProblem.Reason.ALREADY_WATCHED,
                                "this feed is already watched (id " + e.existingId() + ")"));
            }
        }
        problems.sort(Comparator.comparingInt(OpmlProblem::line));
        return new ImportReport(imported, problems);
    }

    /** All watched feeds as an OPML 2.0 document. */
    public byte[] export() {
        List<OpmlFeed> all = feeds.all().stream().map(feed -> new OpmlFeed(feed.url(), feed.title())).toList();
        return OpmlWriter.write(all, clock.instant());
    }

    /** The scheme of a URL that names one other than http(s), e.g. "file" or "javascript". */
    static Optional<String> refusedScheme(String url) {
        Matcher matcher = SCHEME.matcher(url);
        if (!matcher.find()) {
            return Optional.empty();                            // no scheme at all: FeedService says what is wrong
        }
        String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? Optional.empty() : Optional.of(scheme);
    }

    private static String shortTitle(String title) {
        return title.length() <= FeedService.MAX_TITLE_CHARS ? title
                : title.substring(0, FeedService.MAX_TITLE_CHARS - 1) + "…";
    }
}
