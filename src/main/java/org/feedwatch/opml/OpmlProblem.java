package org.feedwatch.opml;

import java.util.Objects;
import java.util.Optional;

/**
 * An outline that was not imported.
 *
 * @param line    its line in the document (1-based)
 * @param url     its xmlUrl as written, when it has one
 * @param title   its title, when it has one
 * @param reason  what kind of problem, for programs
 * @param message the problem in words
 */
public record OpmlProblem(int line, Optional<String> url, Optional<String> title, Reason reason, String message) {

    public enum Reason {
        /** No xmlUrl, or an empty one: a note or a link, not a feed. */
        NO_URL,
        /** The xmlUrl is not a usable http(s) URL. */
        BAD_URL,
        /** The xmlUrl uses a scheme other than http or https (file:, ftp:, javascript: ...). */
        REFUSED_SCHEME,
        /** The same feed appears earlier in this document. */
        DUPLICATE,
        /** The feed was already watched before this import. */
        ALREADY_WATCHED
    }

    public OpmlProblem {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
