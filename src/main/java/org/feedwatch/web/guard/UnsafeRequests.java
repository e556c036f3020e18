package org.feedwatch.web.guard;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** What the cross-site checks need to know about a request: does it change anything, could a foreign page send it. */
final class UnsafeRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private UnsafeRequests() {
    }

    static boolean changesState(ContainerRequestContext request) {
        return !SAFE_METHODS.contains(request.getMethod());
    }

    static boolean exempt(ResourceInfo resource) {
        return resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(CsrfExempt.class)
                || resource.getResourceClass().isAnnotationPresent(CsrfExempt.class));
    }

    /**
     * True for the bodies a plain HTML form (or a script without a CORS preflight) on any site can send:
     * those are the ones that need a token. JSON and XML bodies from another site need our consent first.
     */
    static boolean formLike(MediaType type) {
        if (type == null) {
            return true;
        }
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
    }

    static boolean urlEncodedForm(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }
}
