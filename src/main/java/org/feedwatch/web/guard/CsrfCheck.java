package org.feedwatch.web.guard;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The pages' forms must carry the token of their browser's cookie (see {@link CsrfTokens}): in the form field
 * {@code csrf}, in the query of a multipart form's action, or in the {@code X-CSRF-Token} header of a script.
 * Anything a foreign page could post without it is refused with 403 before the resource runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 50)
public class CsrfCheck implements ContainerRequestFilter {

    @Inject
    CsrfTokens tokens;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!UnsafeRequests.changesState(request) || UnsafeRequests.exempt(resource)
                || !UnsafeRequests.formLike(request.getMediaType())) {
            return;
        }
        Cookie cookie = request.getCookies().get(CsrfTokens.COOKIE);
        String token = token(request).orElse(null);
        if (cookie == null || !tokens.valid(cookie.getValue(), token)) {
            throw new ForbiddenException("the form's security token is missing or does not match");
        }
    }

    private Optional<String> token(ContainerRequestContext request) {
        String header = request.getHeaderString(CsrfTokens.HEADER);
        if (header != null) {
            return Optional.of(header);
        }
        String query = request.getUriInfo().getQueryParameters().getFirst(CsrfTokens.FIELD);
        if (query != null) {
            return Optional.of(query);
        }
        if (!UnsafeRequests.urlEncodedForm(request.getMediaType())) {
            return Optional.empty();
        }
        if (servletRequest.getCharacterEncoding() == null) {
            // Browsers send a form as UTF-8 without naming a charset; the container's default would be ISO-8859-1
            // and turn Cyrillic into mojibake for this read and for every @FormParam after it.
            try {
                servletRequest.setCharacterEncoding("UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
        }
        // Through the container's form parsing, which is also where Jakarta REST takes @FormParam values from:
        // reading the entity stream here would leave the resource an empty form. Our pages post UTF-8 (their
        // charset); without this the container would decode the whole form as ISO-8859-1, once and for everyone.
        if (servletRequest.getCharacterEncoding() == null) {
            try {
                servletRequest.setCharacterEncoding(StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
        }
        return Optional.ofNullable(servletRequest.getParameter(CsrfTokens.FIELD));
    }
}
