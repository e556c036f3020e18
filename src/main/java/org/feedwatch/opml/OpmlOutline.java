package org.feedwatch.opml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed in an OPML list: an {@code <outline>} with an {@code xmlUrl}.
 *
 * @param line       the line of the outline in the document (1-based)
 * @param xmlUrl     the feed address as written (not yet checked)
 * @param title      the {@code title} attribute, else {@code text}, when not blank
 * @param folder     the names of the enclosing outlines joined by "/", empty at the top level
 * @param categories the {@code category} attribute's comma-separated values
 */
public record OpmlOutline(int line, String xmlUrl, Optional<String> title, String folder, List<String> categories) {

    public OpmlOutline {
        Objects.requireNonNull(xmlUrl, "xmlUrl");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(folder, "folder");
        categories = List.copyOf(categories);
    }
}
