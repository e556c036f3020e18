package org.feedwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.subscriber.DeliveryChoice;
import org.junit.jupiter.api.Test;

/** The manage page's forms as the services read them, and a stored rule as its edit form shows it. */
class ManageFormsTest {

    @Test
    void aPersonFormBecomesAPersonRuleWithItsAliasesSplit() throws Exception {
        assertEquals(Json.createObjectBuilder().add("type", "person").add("name", "Ales Bialiatski")
                .add("aliases", Json.createArrayBuilder().add("Алесь Бяляцкі").add("Byalyatski")).build(),
                ManageForms.rule(Map.of("rule-type", "person", "name", " Ales Bialiatski ",
                        "aliases", "Алесь Бяляцкі,  Byalyatski\n;")));
    }

    @Test
    void aKeywordFormKeepsTheQueryAsTypedAndLeavesAnEmptyNameToTheDefault() throws Exception {
        assertEquals(Json.createObjectBuilder().add("type", "keyword").add("query", "potash AND (export").build(),
                ManageForms.rule(Map.of("rule-type", "keyword", "name", "  ", "query", "potash AND (export")));
    }

    @Test
    void aTopicFormNamesItsTopic() throws Exception {
        assertEquals(Json.createObjectBuilder().add("type", "topic").add("name", "Courts").add("topic", "courts")
                .build(), ManageForms.rule(Map.of("rule-type", "topic", "name", "Courts", "topic", "courts")));
    }

    @Test
    void aWatchlistOrUnknownTypeIsRefusedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ManageForms.rule(Map.of("rule-type", "watchlist", "csv", "x")));
        assertEquals("rule-type", e.field());
        assertEquals("rule-type", assertThrows(InvalidInputException.class,
                () -> ManageForms.rule(Map.of("name", "x"))).field());
    }

    @Test
    void emptyDeliveryFieldsAreLeftOutSoTheyKeepWhatTheSubscriberHas() {
        assertEquals(new DeliveryChoice(Optional.of("weekly"), Optional.of("18:30"), Optional.empty(),
                Optional.empty(), Optional.of("Europe/Vilnius")), ManageForms.delivery(Map.of("deliveryMode", "weekly",
                        "digestTime", " 18:30 ", "weekday", "", "timeZone", "Europe/Vilnius")));
    }

    @Test
    void theFormHoldsOnlyTheFieldsSent() {
        ManageForm form = new ManageForm();
        form.ruleType = "keyword";
        form.query = "a OR b";
        assertEquals(Map.of("rule-type", "keyword", "query", "a OR b"), form.values());
    }

    @Test
    void aStoredRuleFillsItsEditForm() {
        assertEquals(Map.of("rule-type", "person", "name", "Maria Kalesnikava", "aliases", "Марыя Калеснікава, Masha"),
                ManageForms.ruleValues("Maria Kalesnikava", "person",
                        "{\"name\":\"Maria Kalesnikava\",\"aliases\":[\"Марыя Калеснікава\",\"Masha\"],"
                                + "\"surnameAlone\":false}"));
        assertEquals(Map.of("rule-type", "keyword", "name", "Potash", "query", "potash OR калий"),
                ManageForms.ruleValues("Potash", "keyword", "{\"query\":\"potash OR калий\"}"));
        assertEquals(Map.of("rule-type", "topic", "name", "Courts", "topic", "courts"),
                ManageForms.ruleValues("Courts", "topic", "{\"topic\":\"courts\"}"));
    }

    @Test
    void aQueryProblemSaysWhereAsPeopleCount() {
        assertEquals("(at character 8: “AND”)", ManageModel.FormError.where("potash AND", 7));
        assertEquals("(at character 7, the end)", ManageModel.FormError.where("potash", 6));
    }
}
