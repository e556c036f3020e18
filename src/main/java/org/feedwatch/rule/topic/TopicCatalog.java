package org.feedwatch.rule.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.feedwatch.config.ServerConfig;

/**
 * The curated topics of this server, read from the topics directory on first use and again whenever a file
 * there is added, changed or removed ({@link #refresh}, called every minute by {@link TopicTimer}).
 */
@ApplicationScoped
public class TopicCatalog {

    private static final Logger LOG = Logger.getLogger(TopicCatalog.class.getName());

    private record Loaded(List<String> fingerprint, TopicFiles.Snapshot snapshot) {
    }

    @Inject
    ServerConfig config;

    @Inject
    Event<TopicsChanged> changes;

    private volatile Loaded loaded;

    /** Every valid topic, by name. */
    public List<Topic> all() {
        return List.copyOf(current().snapshot().topics().values());
    }

    public Optional<Topic> find(String name) {
        return Optional.ofNullable(current().snapshot().topics().get(name));
    }

    /** One line per topic file that was skipped, naming the file and what is wrong with it. */
    public List<String> problems() {
        return current().snapshot().problems();
    }

    /** Re-reads the directory if a file changed since the last read; rules that use topics then recompile. */
    public void refresh() {
        Loaded before = loaded;
        Loaded now = reloadIfChanged();
        if (before != null && now != before) {
            changes.fire(new TopicsChanged());
        }
    }

    private Loaded current() {
        Loaded current = loaded;
        return current != null ? current : reloadIfChanged();
    }

    private synchronized Loaded reloadIfChanged() {
        Path dir = config.topicsDir();
        List<String> fingerprint = fingerprint(dir);
        if (loaded != null && loaded.fingerprint().equals(fingerprint)) {
            return loaded;
        }
        TopicFiles.Snapshot snapshot = TopicFiles.read(dir);
        snapshot.problems().forEach(problem -> LOG.warning(() -> "Topic skipped: " + problem));
        LOG.info(() -> "Topics loaded from " + dir + ": " + String.join(", ", snapshot.topics().keySet()));
        loaded = new Loaded(fingerprint, snapshot);
        return loaded;
    }

    /** Names, sizes and modification times: enough to notice an edit without reading every file. */
    private static List<String> fingerprint(Path dir) {
        List<String> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TopicFiles.EXTENSION)) {
            for (Path file : files) {
                entries.add(file.getFileName() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file));
            }
        } catch (IOException e) {
            entries.add("unreadable: " + e.getMessage());
        }
        entries.sort(null);
        return entries;
    }
}
