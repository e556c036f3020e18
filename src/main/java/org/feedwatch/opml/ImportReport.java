package org.feedwatch.opml;

import java.util.List;
import java.util.Objects;

/** The outcome of an OPML import: the feeds added, and each outline not added with its line and reason. */
public record ImportReport(List<Imported> imported, List<OpmlProblem> problems) {

    /**
     * A feed the import added.
     *
     * @param outline where it was in the document, with its folder and categories (not stored)
     * @param feedId  the new feed's id
     * @param url     the URL as stored (normalised)
     */
    public record Imported(OpmlOutline outline, long feedId, String url) {
        public Imported {
            Objects.requireNonNull(outline, "outline");
            Objects.requireNonNull(url, "url");
        }
    }

    public ImportReport {
        imported = List.copyOf(imported);
        problems = List.copyOf(problems);
    }
}
