package org.feedwatch.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;

/** Reads typed fields from a JSON request body, naming the field when it has the wrong type. */
final class JsonInput {

    private JsonInput() {
    }

    static JsonObject body(JsonObject body) throws InvalidInputException {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        return body;
    }

    static Optional<String> string(JsonObject body, String field) throws InvalidInputException {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidInputException(field, field + " must be a string");
        }
        return Optional.of(text.getString());
    }

    static Optional<Integer> integer(JsonObject body, String field) throws InvalidInputException {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
        try {
            return Optional.of(number.intValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, field + " is out of range");
        }
    }
}
