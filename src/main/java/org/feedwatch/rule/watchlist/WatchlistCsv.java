package org.feedwatch.rule.watchlist;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of a watchlist file: {@code name[,alias…]}, comma-separated, quotes as in RFC 4180, an
 * optional header row whose first cell is "name", blank rows and rows starting with '#' ignored. Cells are
 * stripped; empty cells after the name are dropped.
 */
final class WatchlistCsv {

    /** One non-empty row, with the line it starts on (1-based, as an editor shows it). */
    record Row(long line, String name, List<String> aliases) {
    }

    /** A file that cannot be read as CSV at all (an unclosed quote), with the line where reading stopped. */
    static final class UnreadableCsvException extends Exception {
        private final long line;

        UnreadableCsvException(String message, long line) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private WatchlistCsv() {
    }

    static List<Row> read(String csv) throws UnreadableCsvException {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Row> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        long line = 1;
        try (var parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                line = lines.lineAt(record.getCharacterPosition());
                Row row = row(record, line);
                if (row.name().isEmpty() && row.aliases().isEmpty()) {
                    continue;
                }
                boolean header = rows.isEmpty() && record.getRecordNumber() == 1
                        && row.name().toLowerCase(Locale.ROOT).equals("name");
                if (!header) {
                    rows.add(row);
                }
            }
        } catch (UncheckedIOException e) {
            throw new UnreadableCsvException("not valid CSV after line " + line + ": " + rootMessage(e), line);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return rows;
    }

    private static Row row(CSVRecord record, long line) {
        String name = record.get(0).strip();
        List<String> aliases = new ArrayList<>();
        for (int i = 1; i < record.size(); i++) {
            String alias = record.get(i).strip();
            if (!alias.isEmpty()) {
                aliases.add(alias);
            }
        }
        return new Row(line, name, aliases);
    }

    /** Turns character positions (met in increasing order) into 1-based line numbers. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /**
         * The line of the first cell of a record that commons-csv says starts at {@code target}: its
         * position is where it began reading, before the blank and comment lines it skipped.
         */
        long lineAt(long target) {
            int end = firstContent((int) Math.min(target, text.length()));
            for (; position < end; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private int firstContent(int from) {
            int at = from;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '#' && (at == 0 || text.charAt(at - 1) == '\n')) {
                    int newline = text.indexOf('\n', at);
                    at = newline < 0 ? text.length() : newline + 1;
                } else if (Character.isWhitespace(c)) {
                    at++;
                } else {
                    return at;
                }
            }
            return at;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
