package org.feedwatch.rule.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.feedwatch.config.ServerConfig;

/**
 * The people the sign-up page offers, from {@code feedwatch.people.file}. The file is small and read only when
 * its size or modification time changed, so an edit shows on the next page view.
 */
@ApplicationScoped
public class CuratedPeople {

    private static final Logger LOG = Logger.getLogger(CuratedPeople.class.getName());

    private record Loaded(String fingerprint, PeopleFile.Snapshot snapshot) {
    }

    @Inject
    ServerConfig config;

    private volatile Loaded loaded;

    /** Every usable person, in file order. */
    public List<CuratedPerson> all() {
        return current().snapshot().people();
    }

    /** The person with exactly this name, as the form sends it back. */
    public Optional<CuratedPerson> find(String name) {
        return all().stream().filter(person -> person.name().equals(name)).findFirst();
    }

    /** One line per row that was skipped. */
    public List<String> problems() {
        return current().snapshot().problems();
    }

    private synchronized Loaded current() {
        Path file = config.peopleFile();
        String fingerprint = fingerprint(file);
        if (loaded == null || !loaded.fingerprint().equals(fingerprint)) {
            PeopleFile.Snapshot snapshot = PeopleFile.read(file);
            snapshot.problems().forEach(problem -> LOG.warning(() -> "Curated people: " + file + ": " + problem));
            loaded = new Loaded(fingerprint, snapshot);
        }
        return loaded;
    }

    private static String fingerprint(Path file) {
        try {
            return Files.size(file) + "|" + Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return "missing";
        }
    }
}
