package org.feedwatch.web.auth;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.feedwatch.web.Pages;

/**
 * The admin console's login and logout pages. The checking is done by {@link AdminAuthMechanism} before this runs;
 * here the outcome is shown: the form again with a message that does not say which part was wrong, or a redirect to
 * the page the administrator first asked for.
 */
@Path("admin/login")
public class LoginPage {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    @Inject
    Pages pages;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @GET
    @Produces(HTML)
    public Response form(@QueryParam("next") String next, @QueryParam("out") String out) {
        if (security.isUserInRole(AdminIdentityStore.ROLE)) {
            return seeOther(LoginTarget.of(next));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("next", LoginTarget.of(next));
        model.put("username", "");
        if (out != null) {
            model.put("notice", "You are logged out.");
        }
        return Response.ok(pages.render("pages/admin/login.html", model), HTML).build();
    }

    @POST
    @Produces(HTML)
    public Response login() {
        if (request.getAttribute(AdminAuthMechanism.TARGET) instanceof String target
                && security.isUserInRole(AdminIdentityStore.ROLE)) {
            return seeOther(target);
        }
        Object problem = request.getAttribute(AdminAuthMechanism.PROBLEM);
        Map<String, Object> model = new HashMap<>();
        model.put("next", LoginTarget.of(request.getParameter("next")));
        String username = request.getParameter("username");
        model.put("username", username == null || username.length() > 200 ? "" : username);
        if (problem == AdminAuthMechanism.LoginProblem.LOCKED) {
            long seconds = (Long) request.getAttribute(AdminAuthMechanism.RETRY_AFTER);
            model.put("error", "Too many failed logins. Try again in " + waitText(seconds) + ".");
            return Response.status(429).header("Retry-After", seconds)
                    .entity(pages.render("pages/admin/login.html", model)).type(HTML).build();
        }
        if (problem == AdminAuthMechanism.LoginProblem.EXPIRED_FORM) {
            model.put("error", "This form had expired. Please log in again.");
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(pages.render("pages/admin/login.html", model)).type(HTML).build();
        }
        model.put("error", "Wrong user name or password.");
        return Response.ok(pages.render("pages/admin/login.html", model), HTML).build();
    }

    private static String waitText(long seconds) {
        return seconds < 90 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
