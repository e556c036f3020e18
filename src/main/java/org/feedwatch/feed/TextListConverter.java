package org.feedwatch.feed;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores a short list of labels (an item's authors or categories) in one column, separated by the ASCII unit
 * separator (which feed text cannot carry: the parser drops control characters), as many whole labels as fit.
 * These lists are shown with their item and never searched, so a join table would only cost inserts.
 */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

    static final int MAX_LENGTH = 2000;
    private static final String SEPARATOR = "\u001f";

    @Override
    public String convertToDatabaseColumn(List<String> labels) {
        if (labels == null || labels.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String label : labels) {
            String clean = label.replace(SEPARATOR, " ");
            int needed = clean.length() + (out.length() == 0 ? 0 : 1);
            if (clean.isEmpty() || out.length() + needed > MAX_LENGTH) {
                continue;
            }
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            out.append(clean);
        }
        return out.length() == 0 ? null : out.toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(SEPARATOR));
    }
}
