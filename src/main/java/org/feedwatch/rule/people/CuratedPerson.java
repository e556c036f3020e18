package org.feedwatch.rule.people;

import java.util.List;
import java.util.Objects;

/**
 * A person the sign-up page offers.
 *
 * @param name        the name as readers know it, e.g. "Ales Bialiatski": the person rule's name, and what the
 *                    form sends
 * @param description one line saying who this is, so a reader picks the right person
 * @param aliases     other names of the same person (a maiden name, a pen name); spellings in other scripts and
 *                    case forms need none, the person rule finds them
 */
public record CuratedPerson(String name, String description, List<String> aliases) {

    public CuratedPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        aliases = List.copyOf(aliases);
    }
}
