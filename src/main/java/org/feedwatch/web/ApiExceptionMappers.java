package org.feedwatch.web;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;

/** Turns every failure of an API call into a JSON answer; expected ones into a 4xx that names the field. */
final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return ApiError.of(Response.Status.BAD_REQUEST, e.getMessage(), e.field(),
                    e.position().isPresent() ? e.position().getAsInt() : null);
        }
    }

    @Provider
    public static class AlreadyExists implements ExceptionMapper<AlreadyExistsException> {
        @Override
        public Response toResponse(AlreadyExistsException e) {
            return ApiError.of(Response.Status.CONFLICT, e.getMessage() + " (id " + e.existingId() + ")", e.field(),
                    null);
        }
    }

    /** A body that is not JSON at all, or not an object. */
    @Provider
    public static class BadJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            String where = e instanceof JsonParsingException p && p.getLocation() != null
                    ? " at character " + p.getLocation().getStreamOffset() : "";
            return ApiError.of(Response.Status.BAD_REQUEST, "the request body is not a valid JSON object" + where);
        }
    }

    /** 404, 405, 415 and the like keep their status, with a JSON body. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                return e.getResponse();
            }
            if (e.getCause() instanceof JsonException json) {
                return new BadJson().toResponse(json);
            }
            String message = e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage()
                    : status.getReasonPhrase().toLowerCase();
            return ApiError.of(status, message);
        }
    }

    /** Anything else is our bug: logged in full, answered without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException web) {
                return new Web().toResponse(web);
            }
            LOG.log(Level.SEVERE, "Unexpected error in an API call", e);
            return ApiError.of(Response.Status.INTERNAL_SERVER_ERROR, "internal error; the server log has details");
        }
    }
}
