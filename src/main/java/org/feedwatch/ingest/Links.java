package org.feedwatch.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Resolving the links found in feeds and redirects, which are often relative and sometimes sloppy. */
final class Links {

    private Links() {
    }

    /** {@code reference} resolved against {@code base}; empty when it is blank or not a URI at all. */
    static Optional<URI> resolve(URI base, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        try {
            // Feeds and servers do put spaces in links; anything else that is not a URI is refused.
            URI relative = new URI(reference.trim().replace(" ", "%20"));
            if (base.isOpaque()) {
                return Optional.of(relative);
            }
            // URI.resolve mishandles a base with an empty path ("http://host" + "a" gives "http://hosta").
            URI fixedBase = base.getRawPath().isEmpty() ? base.resolve("/") : base;
            return Optional.of(fixedBase.resolve(relative));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An absolute http(s) link as text, or empty: javascript:, data:, mailto: and broken links are dropped. */
    static Optional<String> absoluteHttp(URI base, String reference) {
        return resolve(base, reference)
                .filter(uri -> uri.getScheme() != null && uri.getHost() != null)
                .filter(uri -> {
                    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                    return scheme.equals("http") || scheme.equals("https");
                })
                .map(URI::toString);
    }

    /** The base for an element with an xml:base attribute (which may itself be relative) inside {@code base}. */
    static URI withXmlBase(URI base, String xmlBase) {
        return resolve(base, xmlBase).orElse(base);
    }
}
