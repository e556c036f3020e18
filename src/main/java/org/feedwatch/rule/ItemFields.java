package org.feedwatch.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The layout of the Lucene document built from a feed item, and the only place that knows it.
 *
 * <p>Each text is indexed twice from the same string: a stemmed field ({@link #TITLE}, {@link #SUMMARY})
 * where English inflections are conflated, for bare words; and an exact field ({@link #TITLE_EXACT},
 * {@link #SUMMARY_EXACT}), only lower-cased and accent-folded, for phrases and prefixes. Both carry
 * positions and offsets: positions line up between the two (the analyses only differ per token, never
 * in the number of tokens), which proximity search relies on, and offsets point into the original text,
 * which highlighting relies on.
 *
 * <p>A third pair, {@link #TITLE_NAMES} and {@link #SUMMARY_NAMES}, holds the name keys of the capitalised
 * words ({@link org.feedwatch.rule.name.NameAnalyzer}) for person rules. Its positions are word positions of
 * the same text too, and its offsets point into the same strings.
 */
public final class ItemFields {

    /** Stemmed title. */
    public static final String TITLE = "title";
    /** Stemmed summary. */
    public static final String SUMMARY = "summary";
    /** Title, lower-cased and accent-folded but not stemmed. */
    public static final String TITLE_EXACT = "title_exact";
    /** Summary, lower-cased and accent-folded but not stemmed. */
    public static final String SUMMARY_EXACT = "summary_exact";

    /** Name keys of the title's capitalised words. */
    public static final String TITLE_NAMES = "title_names";
    /** Name keys of the summary's capitalised words. */
    public static final String SUMMARY_NAMES = "summary_names";

    /** The item's texts, in the order they appear to a reader. */
    public static final List<String> TEXT_FIELDS = List.of(TITLE, SUMMARY);
    /** The names fields, in the same order as {@link #TEXT_FIELDS}. */
    public static final List<String> NAME_FIELDS = List.of(TITLE_NAMES, SUMMARY_NAMES);

    private static final String EXACT_SUFFIX = "_exact";
    private static final String NAMES_SUFFIX = "_names";

    private static final FieldType TEXT_TYPE = textType();

    private ItemFields() {
    }

    /** Builds the document a feed item is matched as; {@code ""} stands for an absent title or summary. */
    public static Document toDocument(String title, String summary) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Document doc = new Document();
        doc.add(new Field(TITLE, title, TEXT_TYPE));
        doc.add(new Field(TITLE_EXACT, title, TEXT_TYPE));
        doc.add(new Field(SUMMARY, summary, TEXT_TYPE));
        doc.add(new Field(SUMMARY_EXACT, summary, TEXT_TYPE));
        doc.add(new Field(TITLE_NAMES, title, TEXT_TYPE));
        doc.add(new Field(SUMMARY_NAMES, summary, TEXT_TYPE));
        return doc;
    }

    /** The exact (unstemmed) field for a text field: {@code title} → {@code title_exact}. */
    public static String exactFieldOf(String textField) {
        requireTextField(textField);
        return textField + EXACT_SUFFIX;
    }

    /**
     * The text field ({@link #TITLE} or {@link #SUMMARY}) whose original string an index field was built
     * from, so that offsets in that field can be mapped back to the item's text.
     */
    public static Optional<String> textFieldOf(String indexField) {
        String base = indexField;
        for (String suffix : List.of(EXACT_SUFFIX, NAMES_SUFFIX)) {
            if (indexField.endsWith(suffix)) {
                base = indexField.substring(0, indexField.length() - suffix.length());
            }
        }
        return TEXT_FIELDS.contains(base) ? Optional.of(base) : Optional.empty();
    }

    /** Whether a field holds stemmed terms (the exact fields do not). */
    public static boolean isStemmed(String indexField) {
        return TEXT_FIELDS.contains(indexField);
    }

    private static void requireTextField(String textField) {
        if (!TEXT_FIELDS.contains(textField)) {
            throw new IllegalArgumentException("not an item text field: " + textField);
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
