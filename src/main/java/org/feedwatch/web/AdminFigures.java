package org.feedwatch.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedCounts;
import org.feedwatch.feed.FeedRepository;
import org.feedwatch.feed.ItemRepository;
import org.feedwatch.match.MatchRepository;

/** The dashboard's figures, each one aggregate query (the day is the UTC day: the server has no admin time zone). */
@ApplicationScoped
public class AdminFigures {

    /** Failing feeds the dashboard lists; the feeds page has them all. */
    static final int FAILING_LISTED = 20;

    @Inject
    FeedRepository feeds;

    @Inject
    ItemRepository items;

    @Inject
    MatchRepository matches;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Everything the dashboard shows, read in one transaction. */
    public record Figures(FeedCounts feeds, List<Feed> failing, long itemsToday, long matchesToday,
            Outbox.SentAndFailed mailsToday, long mailsPending, Instant dayStart) {
    }

    @Transactional
    public Figures today() {
        Instant dayStart = LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant();
        long pending = outbox.counts().byStatus().getOrDefault(org.feedwatch.delivery.OutboxStatus.PENDING, 0L);
        return new Figures(feeds.counts(), feeds.failingNow(FAILING_LISTED), items.countSeenSince(dayStart),
                matches.countSince(dayStart), outbox.sentAndFailedSince(dayStart), pending, dayStart);
    }
}
