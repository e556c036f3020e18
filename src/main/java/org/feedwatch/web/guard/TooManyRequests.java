package org.feedwatch.web.guard;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/**
 * A 429 with Retry-After (whole seconds). A JSON client gets {@code {"error", "field"}}; anyone else an answer
 * without a body, which the pages' error mapper turns into the readable error page (status and headers kept).
 */
public class TooManyRequests extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public TooManyRequests(Response response) {
        super(response);
    }

    /**
     * @param field the input the limit is about ({@code email}), or null when it is about the client
     */
    public static TooManyRequests of(HttpHeaders request, Duration retryAfter, String field) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        Response.ResponseBuilder response = Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (wantsJson(request)) {
            String what = field == null ? "too many requests from your address" : "too many requests for this " + field;
            JsonObjectBuilder body = Json.createObjectBuilder()
                    .add("error", what + "; try again in " + inWords(seconds));
            if (field == null) {
                body.addNull("field");
            } else {
                body.add("field", field);
            }
            response.type(MediaType.APPLICATION_JSON_TYPE).entity(body.build().toString());
        }
        return new TooManyRequests(response.build());
    }

    /** JSON for a JSON body, or when JSON is the first thing the client accepts (not a browser's form post). */
    static boolean wantsJson(HttpHeaders request) {
        MediaType sent = request.getMediaType();
        if (sent != null && sent.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !sent.isWildcardType()) {
            return true;
        }
        List<MediaType> accepted = request.getAcceptableMediaTypes();
        return !accepted.isEmpty() && !accepted.get(0).isWildcardType()
                && accepted.get(0).isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String inWords(long seconds) {
        if (seconds < 120) {
            return seconds + " seconds";
        }
        return (seconds + 59) / 60 + " minutes";
    }
}
