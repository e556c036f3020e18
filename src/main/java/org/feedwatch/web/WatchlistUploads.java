package org.feedwatch.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.feedwatch.common.InvalidInputException;

/** Turns a watchlist sent as a file (a CSV body or a form upload) into the JSON rule the API takes. */
final class WatchlistUploads {

    static final String CSV = "text/csv";
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private WatchlistUploads() {
    }

    static JsonObject rule(InputStream file, String field, String name, String surnameAlone)
            throws InvalidInputException {
        JsonObjectBuilder rule = Json.createObjectBuilder().add("type", "watchlist").add("csv", text(file, field));
        if (name != null && !name.isBlank()) {
            rule.add("name", name);
        }
        if (surnameAlone != null && !surnameAlone.isBlank()) {
            switch (surnameAlone.strip()) {
                case "true" -> rule.add("surnameAlone", true);
                case "false" -> rule.add("surnameAlone", false);
                default -> throw new InvalidInputException("surnameAlone", "surnameAlone must be true or false");
            }
        }
        return rule.build();
    }

    /** The file as UTF-8 text; other encodings are refused rather than read as the wrong letters. */
    private static String text(InputStream file, String field) throws InvalidInputException {
        if (file == null) {
            throw new InvalidInputException(field, "send the watchlist as a CSV file (UTF-8), one person per line");
        }
        try (file) {
            byte[] bytes = file.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(field, "the file is larger than 4 MiB");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(field, "the file is not UTF-8 text: save the CSV as UTF-8");
        } catch (IOException e) {
            throw new InvalidInputException(field, "the file could not be read: " + e.getMessage());
        }
    }
}
