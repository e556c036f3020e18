package org.feedwatch.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.feedwatch.web.guard.CsrfTokens;

/**
 * How the administrator proves who they are. A request with {@code Authorization: Basic} is checked at once (curl,
 * scripts, the API); a form POST to {@code /admin/login} is checked and, when right, starts an admin session under a
 * new session id; a request in such a session is the administrator. A protected request without any of these gets a
 * JSON 401 on the API and a redirect to the login page elsewhere. Which paths are protected is web.xml's business.
 */
@ApplicationScoped
public class AdminAuthMechanism implements HttpAuthenticationMechanism {

    /** The session attribute naming the logged-in administrator. */
    public static final String SESSION_USER = "org.feedwatch.admin.user";
    /** Request attribute for the login page: the {@link LoginProblem} of a failed form login. */
    public static final String PROBLEM = "org.feedwatch.admin.loginProblem";
    /** Request attribute for the login page: seconds to wait while locked. */
    public static final String RETRY_AFTER = "org.feedwatch.admin.retryAfter";
    /** Request attribute for the login page: where to go after a successful form login. */
    public static final String TARGET = "org.feedwatch.admin.target";
    public static final String LOGIN_PATH = "/admin/login";

    static final String REALM = "Basic realm=\"Feedwatch admin\", charset=\"UTF-8\"";

    /** Why a form login failed, as the login page words it. */
    public enum LoginProblem { WRONG, LOCKED, EXPIRED_FORM }

    @Inject
    AdminLogins logins;

    @Inject
    CsrfTokens csrf;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip(), response, context);
        }
        if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getRequestURI())) {
            return form(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String user) {
            return context.notifyContainerAboutLogin(user, Set.of(AdminIdentityStore.ROLE));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return json(response, HttpServletResponse.SC_UNAUTHORIZED, "log in as the Feedwatch administrator",
                    null);
        }
        String wanted = request.getRequestURI() + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString());
        String next = "GET".equals(request.getMethod()) ? LoginTarget.of(wanted) : LoginTarget.HOME;
        return context.redirect(LOGIN_PATH + (LoginTarget.HOME.equals(next) ? ""
                : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        AdminLogins.Attempt attempt = colon < 0 ? new AdminLogins.Attempt.Invalid()
                : logins.attempt(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (attempt instanceof AdminLogins.Attempt.Valid valid) {
            return context.notifyContainerAboutLogin(valid.result());
        }
        if (attempt instanceof AdminLogins.Attempt.Locked locked) {
            return json(response, 429, "too many failed logins: try again later", locked.retryAfter());
        }
        return json(response, HttpServletResponse.SC_UNAUTHORIZED, "log in as the Feedwatch administrator", null);
    }

    /** Checks the login form; the login resource then shows the problem or follows {@link #TARGET}. */
    private AuthenticationStatus form(HttpServletRequest request, HttpMessageContext context) {
        if (!csrf.valid(cookie(request, CsrfTokens.COOKIE), request.getParameter(CsrfTokens.FIELD))) {
            request.setAttribute(PROBLEM, LoginProblem.EXPIRED_FORM);
            return context.doNothing();
        }
        AdminLogins.Attempt attempt = logins.attempt(request.getParameter("username"),
                request.getParameter("password"));
        if (attempt instanceof AdminLogins.Attempt.Locked locked) {
            request.setAttribute(PROBLEM, LoginProblem.LOCKED);
            request.setAttribute(RETRY_AFTER, seconds(locked.retryAfter()));
            return context.doNothing();
        }
        if (!(attempt instanceof AdminLogins.Attempt.Valid valid)) {
            request.setAttribute(PROBLEM, LoginProblem.WRONG);
            return context.doNothing();
        }
        // A new session id at login: an id someone planted in this browser before is worth nothing after it.
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_USER, valid.result().getCallerPrincipal().getName());
        request.setAttribute(TARGET, LoginTarget.of(request.getParameter("next")));
        return context.notifyContainerAboutLogin(valid.result());
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static AuthenticationStatus json(HttpServletResponse response, int status, String error,
            Duration retryAfter) {
        try {
            response.setStatus(status);
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", REALM);
            }
            if (retryAfter != null) {
                response.setHeader("Retry-After", Long.toString(seconds(retryAfter)));
            }
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json;charset=utf-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", error).build().toString());
            // Committed, so the container cannot swap our answer for its own error page.
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
