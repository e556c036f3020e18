package org.feedwatch.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the feed document itself says about polling (RSS ttl, sy:updatePeriod, skipHours, skipDays), kept from the
 * last full answer so a 304 — which carries no document — is scheduled by the same hints.
 */
@Embeddable
public class PublisherHints {

    @Column(name = "feed_ttl_seconds")
    private Long ttlSeconds;

    @Column(name = "update_period_seconds")
    private Long updatePeriodSeconds;

    /** UTC hours, e.g. "0,1,2". */
    @Column(name = "skip_hours", length = 100)
    private String skipHours;

    /** e.g. "SATURDAY,SUNDAY". */
    @Column(name = "skip_days", length = 100)
    private String skipDays;

    protected PublisherHints() {
    }

    public PublisherHints(Optional<Duration> ttl, Optional<Duration> updatePeriod, Set<Integer> skipHours,
            Set<DayOfWeek> skipDays) {
        this.ttlSeconds = ttl.map(Duration::toSeconds).orElse(null);
        this.updatePeriodSeconds = updatePeriod.map(Duration::toSeconds).orElse(null);
        this.skipHours = skipHours.isEmpty() ? null
                : new TreeSet<>(skipHours).stream().map(String::valueOf).collect(Collectors.joining(","));
        this.skipDays = skipDays.isEmpty() ? null
                : EnumSet.copyOf(skipDays).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    /** No hints: what a feed without ttl, sy or skip elements (and a feed polled before V4) has. */
    public static PublisherHints none() {
        return new PublisherHints(Optional.empty(), Optional.empty(), Set.of(), Set.of());
    }

    public Optional<Duration> ttl() {
        return Optional.ofNullable(ttlSeconds).map(Duration::ofSeconds);
    }

    public Optional<Duration> updatePeriod() {
        return Optional.ofNullable(updatePeriodSeconds).map(Duration::ofSeconds);
    }

    public Set<Integer> skipHours() {
        return skipHours == null ? Set.of()
                : Arrays.stream(skipHours.split(",")).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public Set<DayOfWeek> skipDays() {
        return skipDays == null ? Set.of()
                : Arrays.stream(skipDays.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
