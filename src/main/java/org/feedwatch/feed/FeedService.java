package org.feedwatch.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;

/** Adding, listing, enabling, disabling and removing feeds, and which feeds need the administrator. */
@ApplicationScoped
@Transactional
public class FeedService {

    /** The longest title a feed may be given (the column's size). */
    public static final int MAX_TITLE_CHARS = 500;

    @Inject
    FeedRepository feeds;

    @Inject
    Clock clock;

    public Feed add(String url, Optional<String> title, int pollMinutes)
            throws InvalidInputException, AlreadyExistsException {
        String checked = check(url, title, pollMinutes);
        Feed feed = new Feed(checked, title.map(String::strip).filter(t -> !t.isEmpty()), pollMinutes,
                clock.instant());
        feeds.add(feed);
        return feed;
    }

    /**
     * Checks a feed before anything is fetched for it, without storing it: the same checks {@link #add} makes.
     *
     * @return the URL as it would be stored
     * @throws AlreadyExistsException when a feed with this URL is already watched
     */
    public String check(String url, Optional<String> title, int pollMinutes)
            throws InvalidInputException, AlreadyExistsException {
        String checked = checkUrl(url);
        if (title.isPresent() && title.get().length() > MAX_TITLE_CHARS) {
            throw new InvalidInputException("title", "title is longer than " + MAX_TITLE_CHARS + " characters");
        }
        if (pollMinutes < 1 || pollMinutes > 7 * 24 * 60) {
            throw new InvalidInputException("pollMinutes", "pollMinutes must be between 1 and 10080 (7 days)");
        }
        Optional<Feed> existing = feeds.findByUrl(checked);
        if (existing.isPresent()) {
            throw new AlreadyExistsException("url", "this feed is already watched", existing.get().id());
        }
        return checked;
    }

    /** Accepts only absolute http(s) URLs with a host; the address itself is checked again at every fetch. */
    static String checkUrl(String url) throws InvalidInputException {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", "url is required");
        }
        String trimmed = url.strip();
        if (trimmed.length() > 2048) {
            throw new InvalidInputException("url", "url is longer than 2048 characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "url is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException("url", "url must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInputException("url", "url has no host name");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidInputException("url", "url must not contain a user name or password");
        }
        return uri.normalize().toString();
    }

    public List<Feed> all() {
        return feeds.all();
    }

    public Optional<Feed> find(long id) {
        return feeds.find(id);
    }

    /** Polls the feed again from the next tick (after a 410 or a disable by hand); empty when there is no such feed. */
    public Optional<Feed> enable(long id) {
        Optional<Feed> feed = feeds.find(id);
        feed.ifPresent(f -> f.enable(clock.instant()));
        return feed;
    }

    /** Stops polling the feed until it is enabled again; its items and health stay. */
    public Optional<Feed> disable(long id) {
        Optional<Feed> feed = feeds.find(id);
        feed.filter(Feed::enabled).ifPresent(f -> f.disable("disabled by the administrator", clock.instant()));
        return feed;
    }

    /** Enabled feeds failing for at least {@code after}, and the disabled ones. */
    public FailingFeeds failing(Duration after) {
        return feeds.failing(clock.instant().minus(after));
    }

    /** Removes the feed with its items and their matches; false when there was no such feed. */
    public boolean remove(long id) {
        Optional<Feed> feed = feeds.find(id);
        feed.ifPresent(feeds::remove);
        return feed.isPresent();
    }
}
