package org.feedwatch.rule.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the curated people file: {@code name,description[,alias…]} per row, RFC 4180 quotes, an optional header
 * row whose first cell is "name", blank rows and rows starting with '#' ignored. A row that cannot be used is
 * reported with its line and skipped; the others stay.
 */
final class PeopleFile {

    static final int MAX_FILE_BYTES = 256 * 1024;
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 300;

    /** The people of a file in file order (by name, the first row with a name wins), and what was skipped. */
    record Snapshot(List<CuratedPerson> people, List<String> problems) {
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private PeopleFile() {
    }

    static Snapshot read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Snapshot(List.of(), List.of(file + ": no such file, so no people are offered"));
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new Snapshot(List.of(), List.of(file + ": larger than " + MAX_FILE_BYTES + " bytes"));
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            return new Snapshot(List.of(), List.of(file + ": not valid UTF-8"));
        } catch (IOException | UncheckedIOException e) {
            return new Snapshot(List.of(), List.of(file + ": cannot be read: " + e.getMessage()));
        }
    }

    static Snapshot parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        Map<String, CuratedPerson> people = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (var parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                String name = record.get(0).strip().replaceAll("\\s+", " ");
                String description = record.size() > 1 ? record.get(1).strip().replaceAll("\\s+", " ") : "";
                if (record.getRecordNumber() == 1 && name.toLowerCase(Locale.ROOT).equals("name")) {
                    continue; // the header row
                }
                String problem = name.isEmpty() ? "the name is empty"
                        : name.length() > MAX_NAME ? "the name is longer than " + MAX_NAME + " characters"
                        : description.length() > MAX_DESCRIPTION
                                ? "the description is longer than " + MAX_DESCRIPTION + " characters"
                        : people.containsKey(name) ? "\"" + name + "\" is listed already" : null;
                if (problem != null) {
                    problems.add("row " + record.getRecordNumber() + ": " + problem);
                    continue;
                }
                List<String> aliases = new ArrayList<>();
                for (int i = 2; i < record.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        aliases.add(record.get(i).strip());
                    }
                }
                people.put(name, new CuratedPerson(name, description, aliases));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add("not valid CSV: " + e.getMessage());
        }
        return new Snapshot(List.copyOf(people.values()), problems);
    }
}
