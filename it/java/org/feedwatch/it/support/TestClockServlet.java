package org.feedwatch.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.feedwatch.digest.DigestService;

/**
 * Test-only, deployed with {@link TestClock}: {@code POST /it-support/clock?at=<instant>} sets the time, and
 * {@code POST /it-support/tick} runs what the digest timer runs every minute, answering how many mails it recorded;
 * {@code POST /it-support/purge} runs what the daily purge timer runs, answering how many sign-ups it deleted.
 */
@WebServlet("/it-support/*")
public class TestClockServlet extends HttpServlet {

    @Inject
    TestClock clock;

    @Inject
    DigestService digests;

    @Inject
    org.feedwatch.optin.UnconfirmedPurge purge;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        switch (String.valueOf(request.getPathInfo())) {
            case "/clock" -> {
                clock.set(Instant.parse(request.getParameter("at")));
                response.getWriter().print("ok");
            }
            case "/tick" -> response.getWriter().print(digests.sendDue());
            case "/purge" -> response.getWriter().print(purge.purge());
            default -> response.sendError(404);
        }
    }
}
