package org.feedwatch.ingest;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** How the fetcher reads status codes and redirect targets. */
final class HttpStatuses {

    private HttpStatuses() {
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static boolean isPermanentRedirect(int status) {
        return status == 301 || status == 308;
    }

    /** The redirect target, resolved against the URL that answered; its fragment is dropped (never sent). */
    static URI redirectTarget(String subject, URI current, int status, HttpHeaders headers)
            throws FeedFetchException {
        String location = headers.firstValue("Location").map(String::trim).orElse("");
        if (location.isEmpty()) {
            throw FeedFetchException.httpStatus(subject + ": HTTP " + status
                    + " redirect without a Location header", status, Optional.empty());
        }
        URI target = Links.resolve(current, location).orElseThrow(() -> new FeedFetchException(
                FeedFetchException.Kind.BAD_URL, subject + ": redirected to an invalid URL (" + location + ")"));
        String text = target.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? target : URI.create(text.substring(0, hash));
    }

    /** " Not Found" for 404 and so on: HttpClient does not expose the reason phrase the server sent. */
    static String reason(int status) {
        switch (status) {
            case 400: return " Bad Request";
            case 401: return " Unauthorized";
            case 403: return " Forbidden";
            case 404: return " Not Found";
            case 405: return " Method Not Allowed";
            case 406: return " Not Acceptable";
            case 408: return " Request Timeout";
            case 410: return " Gone";
            case 429: return " Too Many Requests";
            case 451: return " Unavailable For Legal Reasons";
            case 500: return " Internal Server Error";
            case 501: return " Not Implemented";
            case 502: return " Bad Gateway";
            case 503: return " Service Unavailable";
            case 504: return " Gateway Timeout";
            default: return "";
        }
    }
}
