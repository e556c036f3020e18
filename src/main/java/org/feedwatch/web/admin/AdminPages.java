package org.feedwatch.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.web.Pages;

/** What every console page does alike: the frame's model (section, notice), the status, and the redirect after a POST. */
@RequestScoped
public class AdminPages {

    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    Pages pages;

    /**
     * Renders a console page. The model gets {@code section} (the current nav entry), {@code notice} (the status
     * message a redirect named, or null) and {@code error} (a {@link FieldError}, or null); a page with an error
     * answers 400.
     */
    Response render(String template, String section, Map<String, Object> model, String done, FieldError error) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("section", section);
        full.put("notice", Notice.of(done).orElse(null));
        full.put("error", error);
        // Bytes, not a String: RESTEasy HTML-escapes a String entity of a text/html 400 (its "HTML sanitizer"),
        // which would show the page's markup as text; Pebble has escaped everything that needs it already.
        return Response.status(error == null ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .type(HTML).entity(pages.render(template, full).getBytes(StandardCharsets.UTF_8)).build();
    }

    /** 303 See Other to a console page, naming the notice it shows (Post/Redirect/Get). */
    static Response seeOther(String path, Notice notice) {
        return Response.seeOther(UriBuilder.fromPath(path).queryParam("done", notice.code()).build()).build();
    }

    static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }

    static String when(Optional<Instant> instant) {
        return instant.map(WHEN::format).orElse(null);
    }

    /** A link the console may make clickable: http(s) only, so a feed's {@code javascript:} link stays text. */
    static String safeLink(Optional<String> link) {
        return link.filter(l -> l.startsWith("https://") || l.startsWith("http://")).orElse(null);
    }
}
