package org.feedwatch.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedService;

/**
 * Adds the feed behind an address a user pasted. The input is checked (and a duplicate refused) before anything is
 * fetched; the fetch runs outside any transaction; the feed found then goes through the same checks when it is
 * added. An address that cannot be fetched now is added as given, as before discovery existed: a feed that is down
 * for an hour must still be addable, and its polls report the error.
 */
@ApplicationScoped
public class FeedDiscoveryService {

    @Inject
    FeedService feeds;

    @Inject
    FeedDiscovery discovery;

    /**
     * @throws InvalidInputException  bad input, or (field "url") a page on which no feed was found
     * @throws AlreadyExistsException the address, or the one feed found on the page, is already watched
     */
    public AddOutcome add(String url, Optional<String> title, int pollMinutes)
            throws InvalidInputException, AlreadyExistsException {
        String checked = feeds.check(url, title, pollMinutes);
        Discovery found = discovery.discover(URI.create(checked));
        if (found instanceof Discovery.Found one) {
            return new AddOutcome.Added(addFound(one, title, pollMinutes), Optional.of(one), Optional.empty());
        }
        if (found instanceof Discovery.Several several) {
            return new AddOutcome.Choose(several.page(), several.choices());
        }
        if (found instanceof Discovery.NoneFound) {
            throw new InvalidInputException("url", "no feed found at this page");
        }
        Optional<String> unchecked = found instanceof Discovery.Unchecked why ? Optional.of(why.reason())
                : Optional.empty();
        return new AddOutcome.Added(feeds.add(checked, title, pollMinutes), Optional.empty(), unchecked);
    }

    private Feed addFound(Discovery.Found found, Optional<String> title, int pollMinutes)
            throws InvalidInputException, AlreadyExistsException {
        try {
            return feeds.add(found.feed().url(), title, pollMinutes);
        } catch (AlreadyExistsException e) {
            throw new AlreadyExistsException("url", "the feed found at this page (" + found.feed().url()
                    + ") is already watched", e.existingId());
        }
    }
}
