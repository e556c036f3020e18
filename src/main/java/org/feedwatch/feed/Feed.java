package org.feedwatch.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed being watched: where it is, whether it is polled, when the next poll is due and why, and what the polls
 * found ({@link FeedHealth}). The polling policy itself lives in ingest; this entity records its decisions.
 */
@Entity
@Table(name = "feed")
@NamedQuery(name = "Feed.all", query = "SELECT f FROM Feed f ORDER BY f.id")
@NamedQuery(name = "Feed.byUrl", query = "SELECT f FROM Feed f WHERE f.url = :url")
@NamedQuery(name = "Feed.dueIds",
        query = "SELECT f.id FROM Feed f WHERE f.enabled = TRUE AND f.nextPollAt <= :now ORDER BY f.nextPollAt")
@NamedQuery(name = "Feed.lease",
        query = "UPDATE Feed f SET f.nextPollAt = :until WHERE f.id IN :ids AND f.nextPollAt <= :now")
@NamedQuery(name = "Feed.failingIds", query = "SELECT f.id FROM Feed f WHERE f.enabled = TRUE"
        + " AND f.health.failingSince IS NOT NULL AND f.health.failingSince <= :before ORDER BY f.id")
@NamedQuery(name = "Feed.disabledByStatus", query = "SELECT f.health.lastStatus, COUNT(f) FROM Feed f"
        + " WHERE f.enabled = FALSE GROUP BY f.health.lastStatus")
// Items without a date count by when they were first seen; two queries keep to plain JPQL aggregates.
@NamedQuery(name = "Feed.recentDatedItems", query = "SELECT COUNT(i), MIN(i.publishedAt) FROM Item i"
        + " WHERE i.feed.id = :feedId AND i.publishedAt >= :since")
@NamedQuery(name = "Feed.recentUndatedItems", query = "SELECT COUNT(i), MIN(i.firstSeenAt) FROM Item i"
        + " WHERE i.feed.id = :feedId AND i.publishedAt IS NULL AND i.firstSeenAt >= :since")
public class Feed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2048)
    private String url;

    @Column(length = 500)
    private String title;

    @Column(name = "poll_minutes", nullable = false)
    private int pollMinutes;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "disabled_reason", length = 500)
    private String disabledReason;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(length = 500)
    private String etag;

    @Column(name = "last_modified", length = 100)
    private String lastModified;

    @Column(name = "next_poll_at", nullable = false)
    private Instant nextPollAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_poll_reason", length = 40)
    private NextPollReason nextPollReason;

    @Column(name = "poll_interval_seconds")
    private Long pollIntervalSeconds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private FeedHealth health = new FeedHealth();

    @Embedded
    private PublisherHints publisherHints;

    @Embedded
    private WebSubSubscription webSub = new WebSubSubscription();

    protected Feed() {
    }

    public Feed(String url, Optional<String> title, int pollMinutes, Instant now) {
        this.url = Objects.requireNonNull(url);
        this.title = title.orElse(null);
        this.pollMinutes = requirePollMinutes(pollMinutes);
        this.enabled = true;
        this.nextPollAt = now;
        this.nextPollReason = NextPollReason.NEW;
        this.createdAt = now;
    }

    static int requirePollMinutes(int minutes) {
        if (minutes < 1 || minutes > 7 * 24 * 60) {
            throw new IllegalArgumentException("poll interval must be between 1 minute and 7 days");
        }
        return minutes;
    }

    /**
     * The server answered with a feed (new items or not). Validators are kept for the next conditional GET.
     *
     * @return true when this ends a failing episode that had been reported
     */
    public boolean recordFetched(Optional<String> feedTitle, Optional<String> etag, Optional<String> lastModified,
            int httpStatus, Instant now) {
        if (title == null || title.isBlank()) {
            this.title = feedTitle.map(t -> t.length() > 500 ? t.substring(0, 500) : t).orElse(null);
        }
        this.etag = etag.filter(e -> e.length() <= 500).orElse(null);
        this.lastModified = lastModified.filter(m -> m.length() <= 100).orElse(null);
        return health.answered(FeedStatus.OK, httpStatus, now);
    }

    /**
     * The server answered 304 Not Modified; the validators stay (some servers send none with a 304).
     *
     * @return true when this ends a failing episode that had been reported
     */
    public boolean recordNotModified(Instant now) {
        return health.answered(FeedStatus.NOT_MODIFIED, 304, now);
    }

    /** A permanent redirect (301/308 on every hop) moves the feed; the caller checks the new URL is free. */
    public void moveTo(String newUrl) {
        this.url = Objects.requireNonNull(newUrl);
    }

    /** The poll failed; the caller schedules the retry. */
    public void recordFailure(String error, Optional<Integer> httpStatus, Instant now) {
        health.failed(FeedStatus.ERROR, error, httpStatus, now);
    }

    /** 410 Gone: the publisher removed the feed. It is not polled again until re-enabled. */
    public void recordGone(String error, Instant now) {
        health.failed(FeedStatus.GONE, error, Optional.of(410), now);
        disable("the server answered 410 Gone: the publisher removed this feed", now);
    }

    /** See {@link FeedHealth#claimFailingReport}. */
    public boolean claimFailingReport(Duration after, Instant now) {
        return health.claimFailingReport(after, now);
    }

    public void recordItemsPerDay(Optional<Double> rate) {
        health.itemsPerDay(rate);
    }

    public void recordPublisherHints(PublisherHints hints) {
        this.publisherHints = Objects.requireNonNull(hints);
    }

    /** Sets the next poll as the polling policy decided it. */
    public void scheduleNext(Instant when, NextPollReason reason, Instant now) {
        this.nextPollAt = Objects.requireNonNull(when);
        this.nextPollReason = Objects.requireNonNull(reason);
        this.pollIntervalSeconds = Math.max(0, Duration.between(now, when).toSeconds());
    }

    /** Moves the next scheduled poll (a poll started by hand or by the demo need not be repeated at once). */
    public void pollNextAt(Instant when) {
        this.nextPollAt = when;
        this.nextPollReason = NextPollReason.SET_BY_HAND;
    }

    public void disable(String reason, Instant now) {
        this.enabled = false;
        this.disabledReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.disabledAt = now;
    }

    /** Polls again from the next tick; the health history is kept. */
    public void enable(Instant now) {
        this.enabled = true;
        this.disabledReason = null;
        this.disabledAt = null;
        this.nextPollAt = now;
        this.nextPollReason = NextPollReason.ENABLED;
        this.pollIntervalSeconds = null;
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public int pollMinutes() {
        return pollMinutes;
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<String> disabledReason() {
        return Optional.ofNullable(disabledReason);
    }

    public Optional<Instant> disabledAt() {
        return Optional.ofNullable(disabledAt);
    }

    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    public Optional<String> lastModified() {
        return Optional.ofNullable(lastModified);
    }

    public Instant nextPollAt() {
        return nextPollAt;
    }

    /** Empty for feeds scheduled before the reason was recorded. */
    public Optional<NextPollReason> nextPollReason() {
        return Optional.ofNullable(nextPollReason);
    }

    /** The interval the last scheduling decision chose; empty before the first poll. */
    public Optional<Duration> pollInterval() {
        return Optional.ofNullable(pollIntervalSeconds).map(Duration::ofSeconds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public FeedHealth health() {
        return health;
    }

    /**
     * The hub and topic the last fetched document advertises (see {@link WebSubSubscription#advertised}); the topic
     * is the feed's own self link when it gives one, else the feed's URL.
     */
    public void recordHub(Optional<String> hub, Optional<String> selfUrl) {
        webSub().advertised(hub, Optional.of(selfUrl.orElse(url)));
    }

    /** The feed's WebSub subscription (state NONE when it advertises no hub). */
    public WebSubSubscription webSub() {
        if (webSub == null) {
            webSub = new WebSubSubscription(); // the provider leaves an embedded value null when all columns are
        }
        return webSub;
    }

    /** The provider leaves an embedded value null when all its columns are. */
    public PublisherHints publisherHints() {
        return publisherHints == null ? PublisherHints.none() : publisherHints;
    }
}
