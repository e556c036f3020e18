package org.feedwatch.match;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stores matched terms in one column, separated by the ASCII unit separator (which feed text cannot carry:
 * the parser drops control characters), cut to fit the column.
 */
@Converter
public class TermListConverter implements AttributeConverter<List<String>, String> {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX_LENGTH = 2000;

    @Override
    public String convertToDatabaseColumn(List<String> terms) {
        StringBuilder out = new StringBuilder();
        for (String term : terms) {
            String clean = term.replace(SEPARATOR, " ");
            int needed = clean.length() + (out.length() == 0 ? 0 : 1);
            if (out.length() + needed > MAX_LENGTH) {
                break;
            }
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            out.append(clean);
        }
        return out.toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(column.split(SEPARATOR)));
    }
}
