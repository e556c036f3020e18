package org.feedwatch.rule.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicFilesTest {

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryValidTopicAndReportsEachBadFileWithoutLosingTheOthers() throws IOException {
        write("good.properties", "title = Good\ndescription = A good topic\nquery = potash OR калий \\\n  -football\n");
        write("no-query.properties", "title = T\ndescription = D\n");
        write("bad-query.properties", "title = T\ndescription = D\nquery = (potash OR\n");
        write("Bad_Name.properties", "title = T\ndescription = D\nquery = potash\n");
        write("notes.txt", "not a topic");
        Files.write(dir.resolve("latin1.properties"),
                "title = Caf\u00e9\ndescription = D\nquery = caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        TopicFiles.Snapshot snapshot = TopicFiles.read(dir);

        assertEquals(List.of("good"), List.copyOf(snapshot.topics().keySet()));
        Topic good = snapshot.topics().get("good");
        assertEquals("Good", good.title());
        assertEquals("potash OR калий -football", good.query());
        List<String> problems = snapshot.problems().stream().sorted().toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Bad_Name.properties: the file name"), problems.toString());
        assertTrue(problems.get(1).startsWith("bad-query.properties: query: "), problems.toString());
        assertTrue(problems.get(1).contains("position"), problems.toString());
        assertEquals("latin1.properties: not valid UTF-8", problems.get(2));
        assertEquals("no-query.properties: query is missing", problems.get(3));
    }

    @Test
    void aMissingDirectoryMeansNoTopicsAndSaysSo() {
        TopicFiles.Snapshot snapshot = TopicFiles.read(dir.resolve("absent"));
        assertTrue(snapshot.topics().isEmpty());
        assertEquals(1, snapshot.problems().size());
        assertTrue(snapshot.problems().get(0).endsWith("no such directory, so there are no topics"));
    }

    @Test
    void refusesAnOversizedFile() throws IOException {
        write("huge.properties", "title = T\ndescription = D\nquery = " + "potash OR ".repeat(8000) + "potash\n");
        assertEquals(List.of("huge.properties: larger than 65536 bytes"), TopicFiles.read(dir).problems());
    }
}
