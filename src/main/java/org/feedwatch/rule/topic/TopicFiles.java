package org.feedwatch.rule.topic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.feedwatch.rule.KeywordQueryParser;
import org.feedwatch.rule.RuleSyntaxException;

/**
 * Reads a directory of topic files. A file that is not a valid topic is reported and skipped, so one bad
 * edit never takes the other topics down.
 */
final class TopicFiles {

    static final String EXTENSION = ".properties";
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final int MAX_FILE_BYTES = 64 * 1024;
    static final int MAX_TITLE = 100;
    static final int MAX_DESCRIPTION = 1000;

    /** What a directory held: the valid topics by name, and one line per file that was skipped. */
    record Snapshot(TreeMap<String, Topic> topics, List<String> problems) {
    }

    private TopicFiles() {
    }

    static Snapshot read(Path dir) {
        TreeMap<String, Topic> topics = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": no such directory, so there are no topics");
            return new Snapshot(topics, problems);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
            for (Path file : files) {
                try {
                    Topic topic = readTopic(file);
                    topics.put(topic.name(), topic);
                } catch (InvalidTopicException e) {
                    problems.add(file.getFileName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(dir + ": cannot list the directory: " + e.getMessage());
        }
        return new Snapshot(topics, problems);
    }

    static Topic readTopic(Path file) throws InvalidTopicException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        if (!NAME.matcher(name).matches()) {
            throw new InvalidTopicException("the file name must be lower-case letters, digits and hyphens");
        }
        Properties properties = load(file);
        String title = required(properties, "title", MAX_TITLE);
        String description = required(properties, "description", MAX_DESCRIPTION);
        String query = required(properties, "query", KeywordQueryParser.MAX_LENGTH);
        try {
            return new Topic(name, title, description, query, KeywordQueryParser.parse(query));
        } catch (RuleSyntaxException e) {
            throw new InvalidTopicException("query: " + e.getMessage() + " at position " + e.position());
        }
    }

    /** UTF-8 strictly: a file saved in another encoding would silently change the query's words. */
    private static Properties load(Path file) throws InvalidTopicException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidTopicException("larger than " + MAX_FILE_BYTES + " bytes");
            }
            Properties properties = new Properties();
            try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
                properties.load(reader);
            }
            return properties;
        } catch (CharacterCodingException e) {
            throw new InvalidTopicException("not valid UTF-8");
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidTopicException("cannot be read: " + e.getMessage());
        }
    }

    private static String required(Properties properties, String key, int maxLength) throws InvalidTopicException {
        String value = properties.getProperty(key, "").strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            throw new InvalidTopicException(key + " is missing");
        }
        if (value.length() > maxLength) {
            throw new InvalidTopicException(key + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** A topic file that cannot be used, and why. */
    static final class InvalidTopicException extends Exception {
        InvalidTopicException(String message) {
            super(message);
        }
    }
}
