package org.feedwatch.rule.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.rule.KeywordQueryParser;
import org.feedwatch.rule.RuleSyntaxException;

/**
 * Creates and changes topic files for the admin console. Everything is checked as the catalog checks a file
 * (name, title, description, the query parsed) before anything is written; the file is then replaced atomically
 * ({@link TopicFileWriter}) and the catalog reloaded at once, so rules using the topic recompile. An edit names the
 * version of the file it started from, and is refused if the file changed since (someone else, or a deployment).
 */
@ApplicationScoped
public class TopicEditor {

    @Inject
    ServerConfig config;

    @Inject
    TopicCatalog catalog;

    @Inject
    TopicUsage usage;

    @Inject
    Clock clock;

    /** A topic as typed into the form, before it is checked. */
    public record Draft(String name, String title, String description, String query) {
    }

    /** The topic file could not be written (a read-only directory, a full disk): nothing changed. */
    public static final class WriteFailedException extends Exception {
        WriteFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The version of a topic's file now, for the edit form to send back. */
    public String version(String name) throws IOException {
        if (!TopicFiles.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a topic name: " + name);
        }
        return TopicFileWriter.version(file(name));
    }

    /** Adds a topic; its name must be new. */
    public Topic create(Draft draft) throws InvalidInputException, WriteFailedException {
        Topic topic = check(draft);
        if (Files.exists(file(topic.name()))) {
            throw new InvalidInputException("name", "a topic file named " + topic.name() + ".properties exists");
        }
        return write(topic, "Created in the admin console at " + clock.instant());
    }

    /** Replaces a topic's file, if it is still the version the editor started from. */
    public Topic replace(Draft draft, String version) throws InvalidInputException, WriteFailedException {
        Topic topic = check(draft);
        try {
            if (!TopicFileWriter.version(file(topic.name())).equals(version)) {
                throw new InvalidInputException("version", "the topic file changed since this form was opened;"
                        + " open it again to see the new text");
            }
        } catch (IOException e) {
            throw new WriteFailedException("cannot read the topic file: " + e.getMessage(), e);
        }
        return write(topic, "Edited in the admin console at " + clock.instant() + " (comments are not kept)");
    }

    /**
     * Removes a topic's file, refused while any rule uses the topic (those rules would stop compiling) or when the
     * file changed since the form was opened.
     */
    public void delete(String name, String version) throws InvalidInputException, WriteFailedException {
        int rules = usage.rulesByTopic().getOrDefault(name, 0);
        if (rules > 0) {
            throw new InvalidInputException("name", rules + (rules == 1 ? " rule uses" : " rules use")
                    + " this topic; it can be deleted when none does");
        }
        Path file = file(name);
        try {
            if (!TopicFileWriter.version(file).equals(version)) {
                throw new InvalidInputException("version", "the topic file changed since this page was opened;"
                        + " open it again to see the new text");
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new WriteFailedException("cannot delete " + file + ": " + e.getMessage(), e);
        }
        catalog.refresh();
    }

    /** The checks the catalog applies to a file, each naming the form's field. */
    static Topic check(Draft draft) throws InvalidInputException {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (!TopicFiles.NAME.matcher(name).matches()) {
            throw new InvalidInputException("name",
                    "the name is 1 to 60 lower-case letters, digits and hyphens, starting with a letter or digit");
        }
        String title = text("title", draft.title(), TopicFiles.MAX_TITLE);
        String description = text("description", draft.description(), TopicFiles.MAX_DESCRIPTION);
        String query = text("query", draft.query(), KeywordQueryParser.MAX_LENGTH);
        try {
            return new Topic(name, title, description, query, KeywordQueryParser.parse(query));
        } catch (RuleSyntaxException e) {
            throw new InvalidInputException("query", e.getMessage() + " (at character " + (e.position() + 1) + ")",
                    e.position());
        }
    }

    private static String text(String field, String value, int max) throws InvalidInputException {
        String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, field + " is longer than " + max + " characters");
        }
        return text;
    }

    private Topic write(Topic topic, String header) throws WriteFailedException {
        Path file = file(topic.name());
        try {
            Files.createDirectories(file.getParent());
            TopicFileWriter.write(file, TopicFileWriter.text(topic.title(), topic.description(), topic.query(),
                    header));
        } catch (IOException e) {
            throw new WriteFailedException("cannot write " + file + ": " + e.getMessage(), e);
        }
        catalog.refresh();
        return topic;
    }

    private Path file(String name) {
        return config.topicsDir().resolve(name + TopicFiles.EXTENSION);
    }
}
