package org.feedwatch.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.optin.SubscribeRequest;
import org.feedwatch.rule.people.CuratedPerson;
import org.feedwatch.subscriber.DeliveryChoice;

/**
 * The sign-up page's form as it was posted: the address, the picked topics and people, the reader's own person
 * and keyword query, and the delivery settings. It becomes a {@link SubscribeRequest} with one rule per pick, and
 * it remembers which form field each rule came from, so an error the sign-up reports as {@code rules[2].query}
 * can be shown next to the keyword field. Empty fields count as left out; every text is bounded before it goes
 * anywhere.
 */
public record SubscribeForm(String email, List<String> topics, List<String> people, String personName,
        String keywordQuery, String deliveryMode, String digestTime, String weekday, String timeZone) {

    /** Longer than any address, name, query or zone the checks behind accept: a longer value is refused here. */
    static final int MAX_FIELD = 1_000;
    /** More than the page offers; the sign-up takes 20 rules at most anyway. */
    static final int MAX_PICKS = 50;

    /**
     * The form fields, as the page names them. The own person and query are {@code name} and {@code query}, as in
     * a rule, so the live preview script finds them by the names it looks for everywhere.
     */
    static final String EMAIL = "email", TOPIC = "topic", PERSON = "person", PERSON_NAME = "name",
            KEYWORD_QUERY = "query", DELIVERY_MODE = "deliveryMode", DIGEST_TIME = "digestTime",
            WEEKDAY = "weekday", TIME_ZONE = "timeZone";

    /** Every field a problem can be shown next to. */
    static final List<String> FIELDS = List.of(EMAIL, TOPIC, PERSON, PERSON_NAME, KEYWORD_QUERY, DELIVERY_MODE,
            DIGEST_TIME, WEEKDAY, TIME_ZONE);

    private static final Pattern RULE_FIELD = Pattern.compile("rules\\[(\\d+)]\\..*");

    public SubscribeForm {
        topics = List.copyOf(topics);
        people = List.copyOf(people);
    }

    /** The posted fields; values are stripped, absent ones become "". */
    public static SubscribeForm of(MultivaluedMap<String, String> form) {
        return new SubscribeForm(one(form, EMAIL), all(form, TOPIC), all(form, PERSON), one(form, PERSON_NAME),
                one(form, KEYWORD_QUERY), one(form, DELIVERY_MODE), one(form, DIGEST_TIME), one(form, WEEKDAY),
                one(form, TIME_ZONE));
    }

    /** The request, and for each of its rules the form field it came from. */
    public record Mapped(SubscribeRequest request, List<String> ruleFields) {

        /** The same problem, naming the form field that holds the bad value. */
        public InvalidInputException onTheForm(InvalidInputException e) {
            String field = e.field() == null ? EMAIL : e.field();
            Matcher rule = RULE_FIELD.matcher(field);
            if (rule.matches() && Integer.parseInt(rule.group(1)) < ruleFields.size()) {
                field = ruleFields.get(Integer.parseInt(rule.group(1)));
            } else if (field.startsWith("rules")) {
                field = TOPIC;
            } else if (field.equals("digestHour")) {
                field = DIGEST_TIME;
            }
            return new InvalidInputException(field, e.getMessage(),
                    e.position().isPresent() ? e.position().getAsInt() : null);
        }
    }

    /**
     * One rule per picked topic, per picked person (with the aliases the people file gives), for the own name and
     * for the own query. Checks only what the form itself knows: lengths, that the person is one the page offered,
     * and, with {@code ruleRequired} (the page, which is about watching something), that something is watched; the
     * rest is the sign-up's to check.
     */
    public Mapped toRequest(Function<String, Optional<CuratedPerson>> curatedPeople, boolean ruleRequired)
            throws InvalidInputException {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(EMAIL, email);
        texts.put(PERSON_NAME, personName);
        texts.put(KEYWORD_QUERY, keywordQuery);
        texts.put(DELIVERY_MODE, deliveryMode);
        texts.put(DIGEST_TIME, digestTime);
        texts.put(WEEKDAY, weekday);
        texts.put(TIME_ZONE, timeZone);
        for (Map.Entry<String, String> text : texts.entrySet()) {
            if (text.getValue().length() > MAX_FIELD) {
                throw new InvalidInputException(text.getKey(), "this field is longer than " + MAX_FIELD + " characters");
            }
        }
        if (topics.size() + people.size() > MAX_PICKS) {
            throw new InvalidInputException(TOPIC, "pick at most " + MAX_PICKS + " topics and people");
        }
        List<JsonObject> rules = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String topic : topics) {
            rules.add(Json.createObjectBuilder().add("type", "topic").add("topic", topic).build());
            fields.add(TOPIC);
        }
        for (String name : people) {
            CuratedPerson person = curatedPeople.apply(name).orElseThrow(
                    () -> new InvalidInputException(PERSON, "\"" + bounded(name) + "\" is not one of the people offered"));
            rules.add(Json.createObjectBuilder().add("type", "person").add("name", person.name())
                    .add("aliases", Json.createArrayBuilder(person.aliases())).build());
            fields.add(PERSON);
        }
        if (!personName.isEmpty()) {
            rules.add(Json.createObjectBuilder().add("type", "person").add("name", personName).build());
            fields.add(PERSON_NAME);
        }
        if (!keywordQuery.isEmpty()) {
            rules.add(Json.createObjectBuilder().add("type", "keyword").add("query", keywordQuery).build());
            fields.add(KEYWORD_QUERY);
        }
        if (ruleRequired && rules.isEmpty()) {
            throw new InvalidInputException(TOPIC, "pick a topic or a person, or write a name or a query of your own");
        }
        DeliveryChoice delivery = new DeliveryChoice(given(deliveryMode), given(digestTime), Optional.empty(),
                given(weekday), given(timeZone));
        return new Mapped(new SubscribeRequest(email.isEmpty() ? null : email, delivery, rules), fields);
    }

    private static String bounded(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    private static Optional<String> given(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String one(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    private static List<String> all(MultivaluedMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct()
                .toList();
    }
}
