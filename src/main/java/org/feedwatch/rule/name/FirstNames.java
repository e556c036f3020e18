package org.feedwatch.rule.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The table of given names that are one name across languages although their keys differ
 * ({@code first-names.txt}: Volha = Olga, Hanna = Anna, Uladzimir = Vladimir...), and the gender of the
 * names it lists. Loaded once; read-only afterwards, so safe to share.
 */
final class FirstNames {

    private static final String RESOURCE = "first-names.txt";

    private record Group(Gender gender, Set<String> keys) {
    }

    private static final FirstNames TABLE = load();

    private final Map<String, List<Group>> byKey = new HashMap<>();
    private final Map<String, List<Group>> bySpelling = new HashMap<>();

    private FirstNames() {
    }

    /** The keys a given name may be written with: its own, and those of every group it belongs to. */
    static Set<String> equivalentKeys(String givenName) {
        Set<String> keys = new TreeSet<>(NameKeys.keys(givenName));
        for (String key : List.copyOf(keys)) {
            for (Group group : TABLE.byKey.getOrDefault(key, List.of())) {
                keys.addAll(group.keys());
            }
        }
        return keys;
    }

    /**
     * The gender of a given name when the table lists this very spelling (accents aside) for one gender
     * only; {@link Gender#EITHER} otherwise. The keys are not used: "Aleksandra" has the key of "Aleksandr".
     */
    static Gender gender(String givenName) {
        Gender found = null;
        for (Group group : TABLE.bySpelling.getOrDefault(folded(givenName), List.of())) {
            if (found != null && found != group.gender()) {
                return Gender.EITHER;
            }
            found = group.gender();
        }
        return found == null ? Gender.EITHER : found;
    }

    private static String folded(String name) {
        String spelling = NameSpelling.of(name);
        char[] out = new char[spelling.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(spelling.toCharArray(), 0, out, 0, spelling.length());
        return new String(out, 0, length);
    }

    private static FirstNames load() {
        FirstNames table = new FirstNames();
        try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    table.add(line, lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return table;
    }

    private void add(String line, int lineNumber) {
        int colon = line.indexOf(':');
        String genderText = colon < 0 ? "" : line.substring(0, colon).strip();
        Gender gender = switch (genderText) {
            case "m" -> Gender.MASCULINE;
            case "f" -> Gender.FEMININE;
            default -> throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": start with 'm:' or 'f:'");
        };
        List<String> spellings = new ArrayList<>();
        for (String spelling : line.substring(colon + 1).split(",")) {
            if (!spelling.isBlank()) {
                spellings.add(spelling.strip());
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        spellings.forEach(spelling -> keys.addAll(NameKeys.keys(spelling)));
        Group group = new Group(gender, Set.copyOf(keys));
        keys.forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(group));
        spellings.forEach(s -> bySpelling.computeIfAbsent(folded(s), k -> new ArrayList<>()).add(group));
    }
}
