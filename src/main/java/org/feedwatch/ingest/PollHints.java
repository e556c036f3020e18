package org.feedwatch.ingest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a feed document says about how often to read it. All are requests of the publisher that Feedwatch honours
 * within its configured bounds (see {@link PollSchedule}).
 *
 * @param ttl          RSS {@code <ttl>}: how long the channel may be cached before it is read again
 * @param updatePeriod {@code sy:updatePeriod} divided by {@code sy:updateFrequency}: how often it is updated
 * @param skipHours    RSS {@code <skipHours>}: hours of the day (0-23, UTC) in which not to read it
 * @param skipDays     RSS {@code <skipDays>}: days (UTC) on which not to read it
 */
public record PollHints(Optional<Duration> ttl, Optional<Duration> updatePeriod, Set<Integer> skipHours,
                        Set<DayOfWeek> skipDays) {

    /** A feed that says nothing about polling (Atom without sy, JSON Feed). */
    public static final PollHints NONE = new PollHints(Optional.empty(), Optional.empty(), Set.of(), Set.of());

    public PollHints {
        requirePositive(Objects.requireNonNull(ttl, "ttl"), "ttl");
        requirePositive(Objects.requireNonNull(updatePeriod, "updatePeriod"), "updatePeriod");
        skipHours = Set.copyOf(skipHours);
        skipDays = Set.copyOf(skipDays);
        if (skipHours.stream().anyMatch(hour -> hour < 0 || hour > 23)) {
            throw new IllegalArgumentException("skipHours must be hours 0-23, were " + skipHours);
        }
    }

    /**
     * The first instant at or after {@code candidate} that is neither in a skipped hour nor on a skipped day (UTC).
     * A feed that skips every hour or every day asks for the impossible; its skip lists are then ignored.
     */
    public Instant firstAllowed(Instant candidate) {
        if (skipHours.size() == 24 || skipDays.size() == 7 || (skipHours.isEmpty() && skipDays.isEmpty())) {
            return candidate;
        }
        ZonedDateTime time = candidate.atZone(ZoneOffset.UTC);
        // At most 7 day steps and 23 hour steps are ever needed; the bound only guards the loop.
        for (int step = 0; step < 24 * 8; step++) {
            if (skipDays.contains(time.getDayOfWeek())) {
                time = time.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (skipHours.contains(time.getHour())) {
                time = time.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else {
                return time.toInstant();
            }
        }
        return candidate;
    }

    private static void requirePositive(Optional<Duration> value, String name) {
        if (value.isPresent() && (value.get().isZero() || value.get().isNegative())) {
            throw new IllegalArgumentException(name + " must be positive, was " + value.get());
        }
    }
}
