package org.feedwatch.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.digest.TemplateRenderer;
import org.feedwatch.rule.Rule;
import org.feedwatch.subscriber.Subscriber;
import org.junit.jupiter.api.Test;

/** The manage page as the real template renders it: forms with the token and signed actions, errors at the field. */
class ManagePageTemplateTest {

    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    private final TemplateRenderer renderer = new TemplateRenderer(Optional.empty());

    private String render(List<Rule> rules, Optional<String> done, Optional<ManageModel.FormError> error) {
        Subscriber s = new Subscriber("anna@example.org", ZoneId.of("Europe/Vilnius"), 7, true, NOW);
        set(s, "id", 42L);
        Map<String, Object> model = new HashMap<>(ManageModel.of(s, "s=42&t=tok", rules, List.of(),
                Map.of("archiveUrl", "/archive?s=42&t=a", "feedUrl", "https://x/feeds/42/f.atom",
                        "unsubscribeUrl", "/unsubscribe?s=42&t=u", "dataUrl", "/subscription/data?s=42&t=tok",
                        "deleteUrl", "/subscription/delete?s=42&t=tok"), done, Optional.of(7L), error));
        model.put("csrf", "the-token");
        return renderer.renderPage("pages/subscription.html", model);
    }

    private static Rule rule(long id, String name, String type, String definition) {
        return set(new Rule(42, name, type, definition, NOW), "id", id);
    }

    @Test
    void everyFormCarriesTheTokenAndKeepsTheSignedLink() {
        String html = render(List.of(rule(7, "<b>Potash</b>", "keyword", "{\"query\":\"potash & \\\"calc\\\"\"}")),
                Optional.of("rule-added"), Optional.empty());
        int forms = html.split("<form ", -1).length - 1;
        int tokens = html.split("name=\"csrf\" value=\"the-token\"", -1).length - 1;
        assertTrue(forms >= 6, html);
        // The topic form is left out without topics; every other form has its token.
        assertTrue(forms == tokens, forms + " forms, " + tokens + " tokens");
        assertTrue(html.contains("action=\"/subscription/rules/7?s=42&amp;t=tok\""), html);
        assertTrue(html.contains("action=\"/subscription/rules/7/remove?s=42&amp;t=tok\""), html);
        assertTrue(html.contains("&lt;b&gt;Potash&lt;/b&gt;"), "escaped");
        assertFalse(html.contains("<b>Potash</b>"));
        assertTrue(html.contains("value=\"potash &amp; &quot;calc&quot;\""), html);
        assertTrue(html.contains("Rule added."), html);
        assertTrue(html.contains("<script src=\"/static/preview.js\" defer></script>"));
        assertTrue(html.contains("data-preview-results aria-live=\"polite\""));
        assertTrue(html.contains("<option selected>Europe/Vilnius</option>"), "the zone is selected");
    }

    @Test
    void aBadQueryComesBackInItsFormWithTheMessageAtTheField() {
        ManageModel.FormError error = ManageModel.FormError.of("add-keyword",
                Map.of("rule-type", "keyword", "name", "Mine", "query", "potash AND"),
                new InvalidInputException("query", "AND needs a word, phrase or group on both sides", 7));
        String html = render(List.of(), Optional.empty(), Optional.of(error));
        assertTrue(html.contains("value=\"potash AND\" autocomplete=\"off\" required aria-invalid=\"true\""
                + " aria-describedby=\"add-keyword-query-error\""), html);
        assertTrue(html.contains("<p class=\"field-error\" id=\"add-keyword-query-error\">AND needs a word, phrase or"
                + " group on both sides (at character 8: “AND”)</p>"), html);
        assertTrue(html.contains("value=\"Mine\""), "the name is kept");
    }

    private static <T> T set(T object, String field, Object value) {
        try {
            Field f = object.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(object, value);
            return object;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
