package org.feedwatch.web.auth;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** Logging out: the session ends (its id is worth nothing afterwards) and the browser goes to the login page. */
@Path("admin/logout")
public class LogoutPage {

    @Context
    HttpServletRequest request;

    @POST
    public Response logout() throws ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        return LoginPage.seeOther(AdminAuthMechanism.LOGIN_PATH + "?out");
    }
}
