package org.feedwatch.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a successful fetch.
 *
 * @param finalUri         the URL the content came from, after redirects
 * @param status           the HTTP status: 2xx, or 304 when the feed has not changed
 * @param permanentlyMoved true when at least one redirect was followed and every one was 301 or 308: the feed's
 *                         stored URL should become {@code finalUri}
 * @param body             the body, already gunzipped; empty for 304. Not copied: do not modify it
 * @param contentType      the Content-Type header, e.g. "application/rss+xml; charset=utf-8"
 * @param etag             the ETag to send as If-None-Match next time
 * @param lastModified     the Last-Modified value to send as If-Modified-Since next time
 * @param freshFor         how long the server says the answer stays fresh (Cache-Control max-age, Expires), if
 *                         it says so: a hint not to poll again sooner
 */
public record FetchResponse(URI finalUri, int status, boolean permanentlyMoved, byte[] body,
                            Optional<String> contentType, Optional<String> etag, Optional<String> lastModified,
                            Optional<Duration> freshFor) {

    public FetchResponse {
        Objects.requireNonNull(finalUri, "finalUri");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(freshFor, "freshFor");
    }

    /** True for HTTP 304: the feed has not changed since the ETag / Last-Modified that was sent. */
    public boolean notModified() {
        return status == 304;
    }
}
