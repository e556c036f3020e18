package org.feedwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.optin.SubscribeRequest;
import org.feedwatch.rule.people.CuratedPerson;
import org.junit.jupiter.api.Test;

/** The sign-up page's form → the sign-up request, and problems shown next to the field that holds them. */
class SubscribeFormTest {

    private static final CuratedPerson ALES = new CuratedPerson("Ales Bialiatski", "Human rights defender",
            List.of("Алесь Бяляцкі"));
    private static final Function<String, Optional<CuratedPerson>> PEOPLE =
            name -> name.equals(ALES.name()) ? Optional.of(ALES) : Optional.empty();

    private static MultivaluedMap<String, String> fields(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void everyPickBecomesOneRuleInFormOrder() throws Exception {
        SubscribeForm form = SubscribeForm.of(fields("email", " anna@example.org ", "topic", "sanctions",
                "topic", "potash", "topic", "sanctions", "person", "Ales Bialiatski", "name", " Maria Kalesnikava ",
                "query", "potash -football", "deliveryMode", "weekly", "digestTime", "08:30", "weekday", "friday",
                "timeZone", "Europe/Vilnius", "csrf", "whatever"));
        SubscribeForm.Mapped mapped = form.toRequest(PEOPLE, true);
        SubscribeRequest request = mapped.request();

        assertEquals("anna@example.org", request.email());
        assertEquals(List.of(
                Json.createObjectBuilder().add("type", "topic").add("topic", "sanctions").build(),
                Json.createObjectBuilder().add("type", "topic").add("topic", "potash").build(),
                Json.createObjectBuilder().add("type", "person").add("name", "Ales Bialiatski")
                        .add("aliases", Json.createArrayBuilder().add("Алесь Бяляцкі")).build(),
                Json.createObjectBuilder().add("type", "person").add("name", "Maria Kalesnikava").build(),
                Json.createObjectBuilder().add("type", "keyword").add("query", "potash -football").build()),
                request.rules(), "a topic ticked twice is one rule; values are stripped");
        assertEquals(List.of("topic", "topic", "person", "name", "query"), mapped.ruleFields());
        assertEquals(Optional.of("weekly"), request.delivery().mode());
        assertEquals(Optional.of("08:30"), request.delivery().time());
        assertEquals(Optional.of("friday"), request.delivery().weekday());
        assertEquals(Optional.of("Europe/Vilnius"), request.delivery().timeZone());
    }

    @Test
    void emptyFieldsAreLeftOut() throws Exception {
        SubscribeRequest request = SubscribeForm.of(fields("email", "", "topic", " ", "name", "  ", "query", "",
                "deliveryMode", "", "timeZone", "")).toRequest(PEOPLE, false).request();
        assertEquals(null, request.email());
        assertEquals(List.of(), request.rules());
        assertEquals(Optional.empty(), request.delivery().mode());
        assertEquals(Optional.empty(), request.delivery().timeZone());
    }

    @Test
    void thePageAsksForSomethingToWatch() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SubscribeForm.of(fields("email", "anna@example.org", "timeZone", "UTC")).toRequest(PEOPLE, true));
        assertEquals("topic", e.field());
        assertTrue(e.getMessage().contains("pick a topic or a person"), e.getMessage());
    }

    @Test
    void onlyOfferedPeopleAndBoundedValuesAreTaken() {
        InvalidInputException stranger = assertThrows(InvalidInputException.class,
                () -> SubscribeForm.of(fields("person", "Somebody <b>Else</b>")).toRequest(PEOPLE, true));
        assertEquals("person", stranger.field());
        assertTrue(stranger.getMessage().contains("not one of the people offered"), stranger.getMessage());

        InvalidInputException longQuery = assertThrows(InvalidInputException.class, () -> SubscribeForm
                .of(fields("query", "x".repeat(SubscribeForm.MAX_FIELD + 1))).toRequest(PEOPLE, true));
        assertEquals("query", longQuery.field());

        MultivaluedMap<String, String> many = fields();
        for (int i = 0; i <= SubscribeForm.MAX_PICKS; i++) {
            many.add("topic", "topic-" + i);
        }
        assertEquals("topic", assertThrows(InvalidInputException.class,
                () -> SubscribeForm.of(many).toRequest(PEOPLE, true)).field());
    }

    @Test
    void aRuleProblemIsShownAtTheFieldThatMadeTheRule() throws Exception {
        SubscribeForm.Mapped mapped = SubscribeForm.of(fields("topic", "sanctions", "name", "Maria Kalesnikava",
                "query", "\"potash")).toRequest(PEOPLE, true);

        InvalidInputException query = mapped.onTheForm(new InvalidInputException("rules[2].query",
                "unbalanced quote", 0));
        assertEquals("query", query.field());
        assertEquals("unbalanced quote", query.getMessage());
        assertEquals(0, query.position().getAsInt());

        assertEquals("name", mapped.onTheForm(new InvalidInputException("rules[1].name", "bad name")).field());
        assertEquals("topic", mapped.onTheForm(new InvalidInputException("rules[0].topic", "unknown")).field());
        assertEquals("topic", mapped.onTheForm(new InvalidInputException("rules", "too many")).field());
        assertEquals("timeZone", mapped.onTheForm(new InvalidInputException("timeZone", "unknown zone")).field());
        assertEquals("email", mapped.onTheForm(new InvalidInputException("email", "not an address")).field());
        assertEquals("digestTime", mapped.onTheForm(new InvalidInputException("digestHour", "bad")).field());
    }
}
