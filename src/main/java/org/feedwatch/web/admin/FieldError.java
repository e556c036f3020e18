package org.feedwatch.web.admin;

import org.feedwatch.common.InvalidInputException;

/** A bad parameter as a page shows it: the message next to the field it names. */
public record FieldError(String field, String message) {

    static FieldError of(InvalidInputException e) {
        return new FieldError(e.field(), e.getMessage());
    }
}
