package org.feedwatch.rule.topic;

import java.util.Objects;
import org.apache.lucene.search.Query;

/**
 * A curated topic, read from {@code <name>.properties}.
 *
 * @param name        the file name without extension, e.g. {@code political-prisoners}; what rules refer to
 * @param title       what readers see, e.g. "Political prisoners"
 * @param description what the topic covers and what it leaves out
 * @param query       the topic's text in the keyword language
 * @param compiled    that text parsed, checked when the file was read
 */
public record Topic(String name, String title, String description, String query, Query compiled) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(compiled, "compiled");
    }
}
