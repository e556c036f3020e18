package org.feedwatch.rule.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feedwatch.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the console may write: checked like the catalog checks files, written so the catalog reads it back. */
class TopicEditorTest {

    @TempDir
    Path dir;

    private static TopicEditor.Draft draft(String name, String title, String description, String query) {
        return new TopicEditor.Draft(name, title, description, query);
    }

    @Test
    void eachBadFieldIsNamed() {
        assertEquals("name", field(draft("Bad Name", "T", "D", "potash")));
        assertEquals("name", field(draft("../etc/passwd", "T", "D", "potash")));
        assertEquals("title", field(draft("ok", "  ", "D", "potash")));
        assertEquals("title", field(draft("ok", "t".repeat(TopicFiles.MAX_TITLE + 1), "D", "potash")));
        assertEquals("description", field(draft("ok", "T", null, "potash")));
        InvalidInputException query = assertThrows(InvalidInputException.class,
                () -> TopicEditor.check(draft("ok", "T", "D", "potash OR")));
        assertEquals("query", query.field());
        assertTrue(query.getMessage().contains("OR needs a word"), query.getMessage());
        assertTrue(query.position().isPresent());
    }

    @Test
    void aCheckedTopicIsWrittenSoTheCatalogReadsItBackUnchanged() throws Exception {
        Topic topic = TopicEditor.check(draft(" beets ", "Sugar beet = \"sweet\" #1",
                "Beets: line one\nline two \\ with a backslash", "beet* OR \"сахарная свёкла\" OR цукр*"));
        Path file = dir.resolve("beets.properties");
        TopicFileWriter.write(file, TopicFileWriter.text(topic.title(), topic.description(), topic.query(),
                "Created in a test\nwith a second line"));

        Topic read = TopicFiles.readTopic(file);
        assertEquals("beets", read.name());
        assertEquals("Sugar beet = \"sweet\" #1", read.title());
        assertEquals("Beets: line one line two \\ with a backslash", read.description());
        assertEquals(topic.query(), read.query());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Created in a test with a second line\n"), text);
        assertTrue(text.contains("сахарная свёкла"), "UTF-8, not \\u escapes: " + text);
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theVersionChangesWithTheFile() throws Exception {
        Path file = dir.resolve("t.properties");
        String none = TopicFileWriter.version(file);
        TopicFileWriter.write(file, TopicFileWriter.text("T", "D", "a", "one"));
        String first = TopicFileWriter.version(file);
        assertNotEquals(none, first);
        assertEquals(first, TopicFileWriter.version(file));
        TopicFileWriter.write(file, TopicFileWriter.text("T", "D", "b", "one"));
        assertNotEquals(first, TopicFileWriter.version(file));
    }

    private static String field(TopicEditor.Draft draft) {
        return assertThrows(InvalidInputException.class, () -> TopicEditor.check(draft)).field();
    }
}
