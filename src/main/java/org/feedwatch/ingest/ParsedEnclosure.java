package org.feedwatch.ingest;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file attached to an item (RSS enclosure, Atom link rel="enclosure", JSON Feed attachment).
 *
 * @param url       absolute http(s) address
 * @param mediaType the MIME type the feed gives, lower case, when it gives a plausible one
 * @param length    the size in bytes the feed gives, when it gives a positive one
 */
public record ParsedEnclosure(String url, Optional<String> mediaType, OptionalLong length) {

    public ParsedEnclosure {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(length, "length");
    }
}
