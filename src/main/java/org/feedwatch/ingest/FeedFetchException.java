package org.feedwatch.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A feed could not be fetched. The message names the URL and the problem in words a user understands; the
 * {@link Kind} tells the poller how to react (back off, give up, honour Retry-After).
 */
public class FeedFetchException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Not an http(s) URL, or not a URL at all. */
        BAD_URL,
        /** The host is (or resolves to) a non-public address and is not allow-listed. */
        BLOCKED_ADDRESS,
        /** Unknown host, connection refused or reset, TLS failure, damaged response. */
        NETWORK,
        /** The connection or the whole fetch took longer than allowed. */
        TIMEOUT,
        /** The body, as sent or unpacked, is larger than allowed. */
        TOO_LARGE,
        /** A redirect loop or more redirects than allowed. */
        TOO_MANY_REDIRECTS,
        /** The server answered with a status other than 2xx, 304 or a followed redirect. */
        HTTP_STATUS
    }

    private final Kind kind;
    private final int httpStatus;
    private final Duration retryAfter;

    public FeedFetchException(Kind kind, String message) {
        this(kind, message, null);
    }

    public FeedFetchException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, -1, null);
    }

    private FeedFetchException(Kind kind, String message, Throwable cause, int httpStatus, Duration retryAfter) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    /** An HTTP_STATUS failure with the status code and the server's Retry-After, if it sent one. */
    public static FeedFetchException httpStatus(String message, int status, Optional<Duration> retryAfter) {
        return new FeedFetchException(Kind.HTTP_STATUS, message, null, status, retryAfter.orElse(null));
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status code, for {@link Kind#HTTP_STATUS} only. */
    public OptionalInt httpStatus() {
        return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** How long the server asked us to wait (Retry-After), when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
