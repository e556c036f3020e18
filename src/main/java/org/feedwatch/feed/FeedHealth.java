package org.feedwatch.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the polls of one feed found: the last outcome, the current failing episode and lifetime counters. A failing
 * episode starts with the first error after an answer and ends with the next answer (200 or 304); it is reported
 * once, when it has lasted longer than the configured time.
 */
@Embeddable
public class FeedHealth {

    private static final int MAX_ERROR_LENGTH = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_status", length = 40)
    private FeedStatus lastStatus = FeedStatus.NEW;

    @Column(name = "last_http_status")
    private Integer lastHttpStatus;

    @Column(name = "last_fetch_at")
    private Instant lastFetchAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "consecutive_errors", nullable = false)
    private int consecutiveErrors;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "failure_reported", nullable = false)
    private boolean failureReported;

    @Column(name = "fetch_count", nullable = false)
    private int fetchCount;

    @Column(name = "not_modified_count", nullable = false)
    private int notModifiedCount;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "items_per_day")
    private Double itemsPerDay;

    /**
     * The server answered (200 with a feed, or 304). Ends a failing episode.
     *
     * @return true when the episode that ends now had been reported, so its end is worth a log line too
     */
    boolean answered(FeedStatus status, int httpStatus, Instant now) {
        boolean endsReportedEpisode = failureReported;
        lastStatus = Objects.requireNonNull(status);
        lastHttpStatus = httpStatus;
        lastFetchAt = now;
        lastSuccessAt = now;
        consecutiveErrors = 0;
        failingSince = null;
        failureReported = false;
        fetchCount++;
        if (httpStatus == 304) {
            notModifiedCount++;
        }
        return endsReportedEpisode;
    }

    /** The poll failed (fetch, HTTP status or parse). Starts a failing episode unless one is running. */
    void failed(FeedStatus status, String error, Optional<Integer> httpStatus, Instant now) {
        lastStatus = Objects.requireNonNull(status);
        lastHttpStatus = httpStatus.orElse(null);
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        lastErrorAt = now;
        lastFetchAt = now;
        consecutiveErrors++;
        fetchCount++;
        errorCount++;
        if (failingSince == null) {
            failingSince = now;
        }
    }

    /**
     * True exactly once per failing episode: the first time it is asked after the episode has lasted
     * {@code after}. The caller reports it (a log warning), so the admin hears of it once, not at every poll.
     */
    boolean claimFailingReport(Duration after, Instant now) {
        if (failureReported || !failingLongerThan(after, now)) {
            return false;
        }
        failureReported = true;
        return true;
    }

    /** Failing without a break for at least {@code after}. */
    public boolean failingLongerThan(Duration after, Instant now) {
        return failingSince != null && Duration.between(failingSince, now).compareTo(after) >= 0;
    }

    void itemsPerDay(Optional<Double> rate) {
        itemsPerDay = rate.orElse(null);
    }

    public FeedStatus lastStatus() {
        return lastStatus;
    }

    public Optional<Integer> lastHttpStatus() {
        return Optional.ofNullable(lastHttpStatus);
    }

    public Optional<Instant> lastFetchAt() {
        return Optional.ofNullable(lastFetchAt);
    }

    public Optional<Instant> lastSuccessAt() {
        return Optional.ofNullable(lastSuccessAt);
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

    /** When the current run of failures began; empty while the feed answers. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    /** Polls since the feed was added, failed ones included. */
    public int fetchCount() {
        return fetchCount;
    }

    public int notModifiedCount() {
        return notModifiedCount;
    }

    public int errorCount() {
        return errorCount;
    }

    /** The share of answers that were 304 Not Modified; empty before the first answer. */
    public Optional<Double> notModifiedRate() {
        int answers = fetchCount - errorCount;
        return answers <= 0 ? Optional.empty() : Optional.of((double) notModifiedCount / answers);
    }

    /** New items per day over the recent window, as of the last answer; empty while the rhythm is unknown. */
    public Optional<Double> itemsPerDay() {
        return Optional.ofNullable(itemsPerDay);
    }
}
