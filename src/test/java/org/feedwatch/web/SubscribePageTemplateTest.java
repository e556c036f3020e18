package org.feedwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.digest.TemplateRenderer;
import org.feedwatch.rule.KeywordQueryParser;
import org.feedwatch.rule.people.CuratedPerson;
import org.feedwatch.rule.topic.Topic;
import org.junit.jupiter.api.Test;

/** The sign-up page as the real template renders it: values kept and escaped, the problem next to its field. */
class SubscribePageTemplateTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";

    private final TemplateRenderer renderer = new TemplateRenderer(Optional.empty());

    private String render(SubscribeForm form, InvalidInputException error, boolean detectZone) throws Exception {
        Map<String, Object> model = new HashMap<>(SubscribeFormPage.model(form, error, detectZone,
                List.of(new Topic("sanctions", "Sanctions", "Asset freezes & embargoes", "sanctions",
                        KeywordQueryParser.parse("sanctions"))),
                List.of(new CuratedPerson("Ales Bialiatski", "Human rights defender", List.of()))));
        model.put("csrf", "token-1");
        return renderer.renderPage("pages/subscribe.html", model);
    }

    @Test
    void aFirstVisitOffersTopicsPeopleAndZonesAndDetectsTheZone() throws Exception {
        String html = render(SubscribeFormPage.BLANK, null, true);
        assertTrue(html.contains("<form class=\"signup\" method=\"post\" action=\"/subscribe\">"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"csrf\" value=\"token-1\">"));
        assertTrue(html.contains("<input type=\"checkbox\" name=\"topic\" value=\"sanctions\" id=\"topic-sanctions\">"),
                html);
        assertTrue(html.contains("Asset freezes &amp; embargoes"));
        assertTrue(html.contains("value=\"Ales Bialiatski\""));
        assertTrue(html.contains("<option selected>UTC</option>") && html.contains("<option>Europe/Vilnius</option>"),
                "UTC preselected among the zones");
        assertTrue(html.contains("data-detect-timezone"));
        assertTrue(html.contains("<script src=\"/static/preview.js\" defer></script>"));
        assertTrue(html.contains("data-preview data-preview-type=\"person\"") && html.contains("name=\"name\""));
        assertTrue(html.contains("data-preview data-preview-type=\"keyword\"") && html.contains("name=\"query\""));
        assertFalse(html.contains("aria-invalid=\"true\""), "no problem shown");
        assertFalse(html.contains("onclick") || html.contains("<script>"), "no inline script");
    }

    @Test
    void aProblemIsShownNextToItsFieldWithTheValuesKept() throws Exception {
        SubscribeForm posted = new SubscribeForm("anna@example", List.of("sanctions"), List.of("Ales Bialiatski"),
                HOSTILE, "\"potash", "weekly", "08:30", "friday", "Europe/Vilnius");
        String html = render(posted, new InvalidInputException("query", "unbalanced quote", 0), false);

        assertTrue(html.contains("aria-describedby=\"query-hint query-error\" aria-invalid=\"true\""), html);
        assertTrue(html.contains("<p class=\"field-error\" id=\"query-error\">unbalanced quote (at character 1)</p>"),
                html);
        assertTrue(html.contains("<a href=\"#query-field\">unbalanced quote (at character 1)</a>"), "the summary");
        assertTrue(html.contains("value=\"anna@example\""));
        assertTrue(html.contains("value=\"&quot;potash\""), html);
        assertFalse(html.contains(HOSTILE), "escaped");
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), html);
        assertTrue(html.contains("id=\"topic-sanctions\" checked") && html.contains("id=\"person-0\" checked"), html);
        assertTrue(html.contains("value=\"weekly\" id=\"mode-weekly\" checked"));
        assertTrue(html.contains("value=\"08:30\"") && html.contains("<option value=\"friday\" selected>Friday"));
        assertTrue(html.contains("<option selected>Europe/Vilnius</option>"));
        assertFalse(html.contains("data-detect-timezone"), "the reader's own zone is not replaced");
    }

    @Test
    void anEmailProblemAndAZoneNotOffered() throws Exception {
        SubscribeForm posted = new SubscribeForm("nobody", List.of(), List.of(), "", "", "daily", "07:00", "monday",
                "Mars/Olympus");
        String html = render(posted, new InvalidInputException("email", "email is not a valid address"), false);
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"email-error\""), html);
        assertTrue(html.contains("<p class=\"field-error\" id=\"email-error\">email is not a valid address</p>"));
        assertTrue(html.contains("<option value=\"Mars/Olympus\" selected>Mars/Olympus</option>"), "kept as sent");
        assertEquals(1, html.split("class=\"field-error\"", -1).length - 1, "one message");
    }
}
