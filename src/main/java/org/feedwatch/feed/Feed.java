package org.feedwatch.feed;

import jakarta.persistence.Column;
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

/** A feed being watched, with what the last poll found and when the next one is due. */
@Entity
@Table(name = "feed")
@NamedQuery(name = "Feed.all", query = "SELECT f FROM Feed f ORDER BY f.id")
@NamedQuery(name = "Feed.byUrl", query = "SELECT f FROM Feed f WHERE f.url = :url")
@NamedQuery(name = "Feed.dueIds",
        query = "SELECT f.id FROM Feed f WHERE f.enabled = TRUE AND f.nextPollAt <= :now ORDER BY f.nextPollAt")
@NamedQuery(name = "Feed.lease",
        query = "UPDATE Feed f SET f.nextPollAt = :until WHERE f.id IN :ids AND f.nextPollAt <= :now")
public class Feed {

    private static final int MAX_ERROR_LENGTH = 2000;

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

    @Column(length = 500)
    private String etag;

    @Column(name = "last_modified", length = 100)
    private String lastModified;

    @Column(name = "last_fetch_at")
    private Instant lastFetchAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_status", length = 40)
    private FeedStatus lastStatus;

    @Column(name = "last_http_status")
    private Integer lastHttpStatus;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "consecutive_errors", nullable = false)
    private int consecutiveErrors;

    @Column(name = "next_poll_at", nullable = false)
    private Instant nextPollAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Feed() {
    }

    public Feed(String url, Optional<String> title, int pollMinutes, Instant now) {
        this.url = Objects.requireNonNull(url);
        this.title = title.orElse(null);
        this.pollMinutes = requirePollMinutes(pollMinutes);
        this.enabled = true;
        this.lastStatus = FeedStatus.NEW;
        this.nextPollAt = now;
        this.createdAt = now;
    }

    static int requirePollMinutes(int minutes) {
        if (minutes < 1 || minutes > 7 * 24 * 60) {
            throw new IllegalArgumentException("poll interval must be between 1 minute and 7 days");
        }
        return minutes;
    }

    /** The server answered with a feed (new items or not). Validators are kept for the next conditional GET. */
    public void recordFetched(String finalUrl, Optional<String> feedTitle, Optional<String> etag,
            Optional<String> lastModified, int httpStatus, Instant now) {
        this.url = finalUrl;
        if (title == null || title.isBlank()) {
            this.title = feedTitle.map(t -> t.length() > 500 ? t.substring(0, 500) : t).orElse(null);
        }
        this.etag = etag.filter(e -> e.length() <= 500).orElse(null);
        this.lastModified = lastModified.filter(m -> m.length() <= 100).orElse(null);
        succeeded(httpStatus, FeedStatus.OK, now);
    }

    /** The server answered 304 Not Modified. */
    public void recordNotModified(Instant now) {
        succeeded(304, FeedStatus.NOT_MODIFIED, now);
    }

    private void succeeded(int httpStatus, FeedStatus status, Instant now) {
        this.lastStatus = status;
        this.lastHttpStatus = httpStatus;
        this.lastFetchAt = now;
        this.lastSuccessAt = now;
        this.consecutiveErrors = 0;
        this.nextPollAt = now.plus(Duration.ofMinutes(pollMinutes));
    }

    /**
     * The poll failed. The next one backs off exponentially with the number of failures in a row, capped so a
     * feed that comes back is noticed within {@code maxBackoff}: a failing feed is never silently dropped.
     */
    public void recordFailure(String error, Optional<Integer> httpStatus, Optional<Duration> retryAfter,
            Duration maxBackoff, Instant now) {
        this.lastStatus = FeedStatus.ERROR;
        this.lastHttpStatus = httpStatus.orElse(null);
        this.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        this.lastErrorAt = now;
        this.lastFetchAt = now;
        this.consecutiveErrors++;
        Duration backoff = Duration.ofMinutes(pollMinutes).multipliedBy(1L << Math.min(consecutiveErrors - 1, 16));
        if (backoff.compareTo(maxBackoff) > 0) {
            backoff = maxBackoff;
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(backoff) > 0) {
            backoff = retryAfter.get().compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter.get();
        }
        this.nextPollAt = now.plus(backoff);
    }

    /** Moves the next scheduled poll (a poll started by hand or by the demo need not be repeated at once). */
    public void pollNextAt(Instant when) {
        this.nextPollAt = when;
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

    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    public Optional<String> lastModified() {
        return Optional.ofNullable(lastModified);
    }

    public Optional<Instant> lastFetchAt() {
        return Optional.ofNullable(lastFetchAt);
    }

    public Optional<Instant> lastSuccessAt() {
        return Optional.ofNullable(lastSuccessAt);
    }

    public FeedStatus lastStatus() {
        return lastStatus;
    }

    public Optional<Integer> lastHttpStatus() {
        return Optional.ofNullable(lastHttpStatus);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> lastErrorAt() {
        return Optional.ofNullable(lastErrorAt);
    }

    public int consecutiveErrors() {
        return consecutiveErrors;
    }

    public Instant nextPollAt() {
        return nextPollAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
