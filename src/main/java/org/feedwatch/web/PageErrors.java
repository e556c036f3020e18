package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.feedwatch.digest.TemplateRenderer;

/**
 * Errors of the pages as a page (templates/pages/error.html) instead of an empty body, which browsers replace with
 * their own "This page can't be found". The status and headers stay; the text is chosen by status, never taken
 * from the exception, so a signed link's 404 says nothing about why. An answer that already has a body keeps it.
 */
@Provider
public class PageErrors implements ExceptionMapper<WebApplicationException> {

    @Inject
    TemplateRenderer renderer;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response.hasEntity() || response.getStatus() < 400) {
            return response;
        }
        String page = renderer.renderPage("pages/error.html",
                Map.of("status", response.getStatus(), "message", message(response.getStatus())));
        return Response.fromResponse(response).type(MediaType.TEXT_HTML + ";charset=utf-8").entity(page).build();
    }

    static String message(int status) {
        return switch (status) {
            case 404 -> "There is no such page. If you followed a link from an email, it may be incomplete:"
                    + " some mail programs cut long links; copy the whole link into the address bar.";
            case 403 -> "This form has expired or was sent from another site. Go back, reload the page and try"
                    + " again.";
            case 405 -> "This page cannot be used that way.";
            case 415, 400 -> "The request could not be understood.";
            case 429 -> "Too many requests came from your network, or for this address, in a short time."
                    + " Please wait a few minutes and try again.";
            default -> status < 500 ? "The request could not be handled." : "Something went wrong on our side."
                    + " Please try again later.";
        };
    }
}
