package org.feedwatch.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Wrong passwords per user name: after {@code maxFailures} in a row the name is locked for {@code lockout}, and any
 * attempt in that time, even with the right password, is refused without checking it. A successful login clears the
 * count. Kept in memory: a restart forgets it, which costs a guesser a restart of our server.
 */
public final class LoginThrottle {

    /** Names kept at most; beyond it, entries whose lock is over are dropped (a flood of made-up names). */
    private static final int MAX_NAMES = 10_000;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> byName = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long this name must wait before it may try again; empty when it may try now. */
    public Optional<Duration> lockedFor(String name) {
        Failures failures = byName.get(key(name));
        if (failures == null || failures.lockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), failures.lockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String name) {
        if (byName.size() >= MAX_NAMES) {
            Instant now = clock.instant();
            byName.values().removeIf(f -> f.lockedUntil == null || f.lockedUntil.isBefore(now));
        }
        byName.compute(key(name), (k, old) -> {
            Instant now = clock.instant();
            int count = old == null || old.lockOver(now) ? 1 : old.count + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockout) : null);
        });
    }

    public void succeeded(String name) {
        byName.remove(key(name));
    }

    private static String key(String name) {
        String n = name == null ? "" : name.strip();
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    private record Failures(int count, Instant lockedUntil) {
        /** After a lock ran out, counting starts again. */
        boolean lockOver(Instant now) {
            return lockedUntil != null && !now.isBefore(lockedUntil);
        }
    }
}
