package org.feedwatch.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the sender can reach the mail server. While it backs off, {@code until} is when it tries again,
 * {@code lastError} the last connection failure, {@code since} the first failure of this outage.
 */
public record SenderState(boolean backingOff, Optional<Instant> until, Optional<String> lastError,
        Optional<Instant> since, int failedConnections) {

    /** "waiting: &lt;error&gt; since &lt;time&gt;" while the mail server cannot be reached. */
    public Optional<String> waiting() {
        return backingOff ? Optional.of("waiting: " + lastError.orElse("mail server unreachable") + " since "
                + since.map(Instant::toString).orElse("?")) : Optional.empty();
    }
}
