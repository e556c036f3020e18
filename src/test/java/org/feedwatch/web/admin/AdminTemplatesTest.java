package org.feedwatch.web.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.digest.TemplateRenderer;
import org.junit.jupiter.api.Test;

/** The console templates escape what subscribers and mail servers wrote, and every form carries the CSRF token. */
class AdminTemplatesTest {

    private static final String HOSTILE = "<script>alert(1)</script>@example.org";
    private final TemplateRenderer renderer = new TemplateRenderer(Optional.empty());

    private Map<String, Object> frame(String section) {
        Map<String, Object> model = new HashMap<>();
        model.put("section", section);
        model.put("csrf", "tok3n");
        model.put("notice", null);
        model.put("error", null);
        return model;
    }

    @Test
    void subscribersEscapeAddressesAndNameTheBadField() {
        Map<String, Object> model = frame("subscribers");
        model.put("q", "<b>x</b>");
        model.put("rows", List.of(new SubscriberRow(7, HOSTILE, "paused", "paused", "550 <i>no</i>", 3, 2, null,
                "UTC", "2026-01-01 00:00 UTC")));
        model.put("next", 7L);
        model.put("paged", false);
        model.put("limit", 50);
        model.put("error", new FieldError("q", "search for at most 100 characters of an address"));
        String html = renderer.renderPage("pages/admin/subscribers.html", model);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;@example.org"), html);
        assertTrue(html.contains("550 &lt;i&gt;no&lt;/i&gt;"), html);
        assertTrue(html.contains("value=\"&lt;b&gt;x&lt;/b&gt;\""), html);
        assertTrue(html.contains("id=\"q-error\">search for at most 100 characters"), html);
        assertTrue(html.contains("after=7&amp;limit=50"), html);
        assertTrue(html.contains("<span class=\"badge paused\">paused</span>"), html);
    }

    @Test
    void outboxShowsTheServersAnswerAndRetryFormsCarryTheToken() {
        Map<String, Object> model = frame("outbox");
        model.put("pending", 1L);
        model.put("sent", 2L);
        model.put("failed", 1L);
        model.put("oldestPending", null);
        model.put("sender", new AdminOutboxPage.SenderRow(false, null, null, null, 0));
        model.put("status", "failed");
        model.put("rows", List.of(new OutboxRow(5, 9L, HOSTILE, "DAILY", "Digest <1>", "failed", 1, null,
                "550 5.1.1 <" + HOSTILE + ">: unknown", "2026-01-01 00:00 UTC", null, true)));
        model.put("next", null);
        model.put("paged", false);
        model.put("limit", 50);
        String html = renderer.renderPage("pages/admin/outbox.html", model);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("550 5.1.1 &lt;&lt;script&gt;"), html);
        assertTrue(html.contains("action=\"/admin/outbox/5/retry\""), html);
        int forms = html.split("<form method=\"post\"", -1).length - 1;
        int tokens = html.split("name=\"csrf\" value=\"tok3n\"", -1).length - 1;
        assertTrue(forms >= 3 && forms == tokens, forms + " forms, " + tokens + " tokens: " + html);
    }

    @Test
    void theTopicFormShowsTheQueryErrorNextToTheQueryAndKeepsWhatWasTyped() {
        Map<String, Object> model = frame("topics");
        model.put("topic", new org.feedwatch.rule.topic.TopicEditor.Draft("beets", "Beets <b>", "About beets",
                "beet OR"));
        model.put("version", "abc123");
        model.put("creating", false);
        model.put("writeFailed", null);
        model.put("dir", "/srv/topics");
        model.put("error", new FieldError("query", "OR needs a word, phrase or group on both sides (at character 6)"));
        String html = renderer.renderPage("pages/admin/topic-form.html", model);
        assertTrue(html.contains("action=\"/admin/topics/beets/edit\""), html);
        assertTrue(html.contains("name=\"version\" value=\"abc123\""), html);
        assertTrue(html.contains("value=\"Beets &lt;b&gt;\""), html);
        assertTrue(html.contains(">beet OR</textarea>"), html);
        assertTrue(html.contains("id=\"query-error\">OR needs a word"), html);
        assertTrue(html.contains("name=\"csrf\" value=\"tok3n\""), html);

        model.put("creating", true);
        model.put("error", null);
        String blank = renderer.renderPage("pages/admin/topic-form.html", model);
        assertTrue(blank.contains("action=\"/admin/topics/new\""), blank);
        assertTrue(blank.contains("id=\"name\" name=\"name\""), blank);
    }
}
