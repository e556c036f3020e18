package org.feedwatch.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's error body: {@code {"error": "...", "field": "...", "position": n}}. */
final class ApiError {

    private ApiError() {
    }

    static Response of(Response.Status status, String message, String field, Integer position) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", message);
        if (field != null) {
            body.add("field", field);
        }
        if (position != null) {
            body.add("position", position);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.build().toString()).build();
    }

    static Response of(Response.Status status, String message) {
        return of(status, message, null, null);
    }
}
