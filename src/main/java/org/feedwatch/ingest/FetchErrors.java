package org.feedwatch.ingest;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/** The fetcher's failures in words a user understands, naming the setting to change where one applies. */
final class FetchErrors {

    private final FetchSettings settings;

    FetchErrors(FetchSettings settings) {
        this.settings = settings;
    }

    FeedFetchException timeout(String subject) {
        return new FeedFetchException(FeedFetchException.Kind.TIMEOUT, subject + ": no complete answer within "
                + describe(settings.totalTimeout()) + " (feedwatch.fetch.total-timeout)");
    }

    /** Every request slot to the host stayed taken until the deadline (other feeds of the same host were slow). */
    FeedFetchException hostBusy(String subject, String host, int perHost) {
        return new FeedFetchException(FeedFetchException.Kind.TIMEOUT, subject + ": no free request slot for " + host
                + " within " + describe(settings.totalTimeout()) + " (at most " + perHost + " requests to one host at"
                + " once, feedwatch.fetch.per-host-concurrency; feedwatch.fetch.total-timeout)");
    }

    /**
     * What went wrong inside HttpClient, judged by the first cause that tells.
     *
     * @param firstByteLimited true when the request's header timeout was the first-byte limit, not the deadline
     */
    FeedFetchException translate(String subject, Throwable failure, boolean firstByteLimited) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CappedBodySubscriber.OverCapException) {
                return tooLarge(subject, "the feed is larger");
            } else if (t instanceof HttpConnectTimeoutException) {
                return new FeedFetchException(FeedFetchException.Kind.TIMEOUT, subject + ": could not connect within "
                        + describe(settings.connectTimeout()) + " (feedwatch.fetch.connect-timeout)", failure);
            } else if (t instanceof HttpTimeoutException && firstByteLimited) {
                return new FeedFetchException(FeedFetchException.Kind.TIMEOUT, subject + ": no answer within "
                        + describe(settings.firstByteTimeout()) + " (feedwatch.fetch.first-byte-timeout)", failure);
            } else if (t instanceof HttpTimeoutException) {
                return timeout(subject);
            } else if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new FeedFetchException(FeedFetchException.Kind.NETWORK, subject + ": unknown host", failure);
            } else if (t instanceof ConnectException) {
                return new FeedFetchException(FeedFetchException.Kind.NETWORK,
                        subject + ": could not connect (connection refused)", failure);
            } else if (t instanceof SSLException) {
                return new FeedFetchException(FeedFetchException.Kind.NETWORK,
                        subject + ": secure (TLS) connection failed: " + t.getMessage(), failure);
            }
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new FeedFetchException(FeedFetchException.Kind.NETWORK,
                subject + ": the connection broke off before a complete answer (" + detail + ")", failure);
    }

    FeedFetchException tooLarge(String subject, String what) {
        return new FeedFetchException(FeedFetchException.Kind.TOO_LARGE, subject + ": " + what + " than the limit of "
                + settings.maxBodyBytes() + " bytes (feedwatch.fetch.max-body-bytes)");
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
