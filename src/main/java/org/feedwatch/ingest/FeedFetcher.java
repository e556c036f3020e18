package org.feedwatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

/**
 * Downloads a feed with hard limits: http/https to public addresses only (checked by {@link AddressGuard} for the
 * first URL and every redirect hop), at most {@code maxRedirects} redirects followed by hand, at most
 * {@code maxBodyBytes} of body both as sent and after gunzipping, at most {@code firstByteTimeout} to wait for the
 * response headers of a request, and one deadline ({@code totalTimeout}) for the whole fetch including the body, so
 * a server that trickles one byte a second is cut off (the exchange is then cancelled, which closes the
 * connection). At most {@code perHostConcurrency} requests run at once to one host, across all polls; waiting for
 * one counts against the deadline. Thread-safe: one instance, its single HttpClient and its {@link HostLimiter}
 * serve all polls.
 *
 * <p>Known limits: the guard's own DNS lookup is not bounded by the deadline, and HttpClient resolves the host again
 * when connecting, so DNS rebinding between check and connect is not prevented (see {@link AddressGuard}).
 */
public final class FeedFetcher {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9,"
            + " application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final Clock clock;
    private final HttpClient client;
    private final FetchErrors errors;
    private final HostLimiter hosts;

    public FeedFetcher(FetchSettings settings, AddressGuard guard) {
        this(settings, guard, Clock.systemUTC());
    }

    /** @param clock used only to turn a Retry-After HTTP-date or an Expires header into a delay */
    FeedFetcher(FetchSettings settings, AddressGuard guard, Clock clock) {
        this(settings, guard, clock, new HostLimiter(settings.perHostConcurrency()));
    }

    /** @param hosts the per-host limit, shared with other fetchers (tests give two fetchers one limit) */
    FeedFetcher(FetchSettings settings, AddressGuard guard, Clock clock, HostLimiter hosts) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.errors = new FetchErrors(settings);
        this.hosts = Objects.requireNonNull(hosts, "hosts");
        // Redirects are followed by hand so every hop goes through the guard and is counted.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /**
     * Fetches {@code uri}, sending the validators of the previous fetch when given.
     *
     * @return status 2xx with the body, or 304 (notModified) with an empty body; for a 304 without validators the
     *         ones that were sent are returned, so the caller can always store what it gets back. Both carry the
     *         freshness lifetime the server gave (Cache-Control max-age, Expires)
     * @throws FeedFetchException naming the URL and what went wrong; see {@link FeedFetchException.Kind}
     */
    public FetchResponse fetch(URI uri, Optional<String> etag, Optional<String> lastModified)
            throws FeedFetchException {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        URI current = uri;
        Set<URI> visited = new HashSet<>();
        boolean allPermanent = true;
        int redirects = 0;
        while (true) {
            checkAddress(uri, current);
            visited.add(current);
            String subject = current.equals(uri) ? String.valueOf(uri) : uri + " (redirected to " + current + ")";
            HttpResponse<byte[]> response = send(subject, current, etag, lastModified, Optional.empty(), deadline);
            int status = response.statusCode();
            if (HttpStatuses.isRedirect(status)) {
                URI next = HttpStatuses.redirectTarget(subject, current, status, response.headers());
                if (visited.contains(next)) {
                    throw new FeedFetchException(FeedFetchException.Kind.TOO_MANY_REDIRECTS,
                            subject + ": redirect loop (" + next + " was already visited)");
                }
                if (++redirects > settings.maxRedirects()) {
                    throw new FeedFetchException(FeedFetchException.Kind.TOO_MANY_REDIRECTS,
                            uri + ": more than " + settings.maxRedirects() + " redirects");
                }
                allPermanent &= HttpStatuses.isPermanentRedirect(status);
                current = next;
                continue;
            }
            boolean moved = redirects > 0 && allPermanent;
            HttpHeaders headers = response.headers();
            Optional<Duration> freshFor = CacheLifetime.of(headers, clock.instant());
            if (status == 304) {
                return new FetchResponse(current, status, moved, new byte[0], headers.firstValue("Content-Type"),
                        headers.firstValue("ETag").or(() -> etag),
                        headers.firstValue("Last-Modified").or(() -> lastModified), freshFor);
            }
            if (status >= 200 && status < 300) {
                return new FetchResponse(current, status, moved, decode(subject, response),
                        headers.firstValue("Content-Type"), headers.firstValue("ETag"),
                        headers.firstValue("Last-Modified"), freshFor);
            }
            throw FeedFetchException.httpStatus(subject + ": HTTP " + status + HttpStatuses.reason(status), status,
                    headers.firstValue("Retry-After").flatMap(value -> RetryAfter.parse(value, clock.instant())));
        }
    }

    /**
     * Posts an HTML form ({@code application/x-www-form-urlencoded}) — a WebSub hub request — under the same rules as
     * a fetch: the address guard, the per-host limit, the timeouts. Redirects are not followed (a hub that redirects
     * a POST is answered as failed) and the answer's body is not read.
     *
     * @param form the encoded form, e.g. {@code hub.mode=subscribe&hub.topic=...}
     * @return the HTTP status, whatever it is
     * @throws FeedFetchException naming the URL when it is refused by the guard or cannot be reached in time
     */
    public int postForm(URI uri, String form) throws FeedFetchException {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(form, "form");
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        checkAddress(uri, uri);
        return send(String.valueOf(uri), uri, Optional.empty(), Optional.empty(), Optional.of(form), deadline)
                .statusCode();
    }

    /** The guard's verdict; for a redirect hop the message starts with the URL the user knows. */
    private void checkAddress(URI original, URI current) throws FeedFetchException {
        try {
            guard.check(current);
        } catch (FeedFetchException e) {
            if (current.equals(original)) {
                throw e;
            }
            throw new FeedFetchException(e.kind(), original + " redirected to " + e.getMessage(), e);
        }
    }

    /** One request to {@code target} once the host has a free slot; the slot is held until the body is in. */
    private HttpResponse<byte[]> send(String subject, URI target, Optional<String> etag,
                                      Optional<String> lastModified, Optional<String> form, long deadline)
            throws FeedFetchException {
        String host = String.valueOf(target.getHost());
        HostLimiter.Permit permit;
        try {
            permit = hosts.acquire(host, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFetchException(FeedFetchException.Kind.NETWORK, subject + ": the fetch was interrupted", e);
        }
        if (permit == null) {
            throw errors.hostBusy(subject, host, hosts.perHost());
        }
        try (permit) {
            return exchange(subject, target, etag, lastModified, form, deadline - System.nanoTime());
        }
    }

    /** One request (a GET, or a POST of {@code form}) and its response, within {@code remaining} nanoseconds. */
    private HttpResponse<byte[]> exchange(String subject, URI target, Optional<String> etag,
                                          Optional<String> lastModified, Optional<String> form, long remaining)
            throws FeedFetchException {
        if (remaining <= 0) {
            throw errors.timeout(subject);
        }
        // The first-byte limit stops a server that accepts and then says nothing; the deadline still bounds it.
        boolean firstByteLimited = settings.firstByteTimeout().toNanos() < remaining;
        Duration headersWithin = firstByteLimited ? settings.firstByteTimeout() : Duration.ofNanos(remaining);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(target).timeout(headersWithin)
                    .header("User-Agent", settings.userAgent());
            if (form.isPresent()) {
                request.POST(HttpRequest.BodyPublishers.ofString(form.get()))
                        .header("Content-Type", "application/x-www-form-urlencoded");
            } else {
                request.GET().header("Accept", ACCEPT).header("Accept-Encoding", "gzip");
            }
        } catch (IllegalArgumentException e) {
            throw new FeedFetchException(FeedFetchException.Kind.BAD_URL, subject + ": not a usable URL", e);
        }
        // Validators come from an earlier response; one that HttpClient would refuse is simply not sent.
        etag.filter(FeedFetcher::isHeaderSafe).ifPresent(value -> request.header("If-None-Match", value));
        lastModified.filter(FeedFetcher::isHeaderSafe).ifPresent(value -> request.header("If-Modified-Since", value));

        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            // Only a 2xx body of a GET is wanted; redirects, 304, errors and form answers are judged by status and
            // headers alone.
            boolean wanted = form.isEmpty() && info.statusCode() >= 200 && info.statusCode() < 300
                    && info.statusCode() != 204;
            OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
            CappedBodySubscriber subscriber = wanted
                    ? new CappedBodySubscriber(settings.maxBodyBytes(), declared)
                    : CappedBodySubscriber.discarding();
            body.set(subscriber);
            return subscriber;
        };
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), handler);
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(future, body);
            throw errors.timeout(subject);
        } catch (InterruptedException e) {
            abort(future, body);
            Thread.currentThread().interrupt();
            throw new FeedFetchException(FeedFetchException.Kind.NETWORK, subject + ": the fetch was interrupted", e);
        } catch (ExecutionException | CancellationException e) {
            abort(future, body);
            throw errors.translate(subject, e instanceof ExecutionException ? e.getCause() : e, firstByteLimited);
        }
    }

    /** Closes the connection: HttpClient cancels the exchange, and the body subscription is cancelled too. */
    private static void abort(CompletableFuture<?> future, AtomicReference<CappedBodySubscriber> body) {
        future.cancel(true);
        CappedBodySubscriber subscriber = body.get();
        if (subscriber != null) {
            subscriber.abort(new IOException("fetch aborted"));
        }
    }

    /** The body as the feed's bytes: gunzipped, with the same cap on the unpacked size (gzip bombs). */
    private byte[] decode(String subject, HttpResponse<byte[]> response) throws FeedFetchException {
        String encoding = response.headers().firstValue("Content-Encoding")
                .map(value -> value.trim().toLowerCase(Locale.ROOT)).orElse("");
        switch (encoding) {
            case "":
            case "identity":
                return response.body();
            case "gzip":
            case "x-gzip":
                return gunzip(subject, response.body());
            default:
                throw new FeedFetchException(FeedFetchException.Kind.NETWORK,
                        subject + ": the server used an unsupported Content-Encoding (" + encoding + ")");
        }
    }

    private byte[] gunzip(String subject, byte[] compressed) throws FeedFetchException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] unpacked = in.readNBytes((int) settings.maxBodyBytes() + 1);
            if (unpacked.length > settings.maxBodyBytes()) {
                throw errors.tooLarge(subject, "the feed unpacks to more");
            }
            return unpacked;
        } catch (IOException e) {
            throw new FeedFetchException(FeedFetchException.Kind.NETWORK,
                    subject + ": the server sent a damaged gzip body (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isHeaderSafe(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
