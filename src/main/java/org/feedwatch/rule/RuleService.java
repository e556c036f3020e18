package org.feedwatch.rule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.subscriber.DeliveryChanged;
import org.feedwatch.subscriber.DeliveryMode;

/** Saving, listing and removing a subscriber's rules; the rule index hears of each change after commit. */
@ApplicationScoped
@Transactional
public class RuleService {

    static final int MAX_NAME_LENGTH = 200;

    @Inject
    RuleRepository rules;

    @Inject
    RuleTypes types;

    @Inject
    Event<RuleChange> changes;

    @Inject
    Clock clock;

    @Inject
    Event<DeliveryChanged> deliveryChanges;

    /**
     * Checks a rule sent from outside ({@code name}, {@code type} and the type's own fields) and stores it.
     * The caller has checked that the subscriber exists.
     */
    public Rule add(long subscriberId, JsonObject input) throws InvalidInputException {
        RuleDraft draft = check(input);
        Optional<Optional<DeliveryMode>> mode = deliveryMode(input);
        Rule rule = new Rule(subscriberId, draft.name(), draft.type().name(), draft.definition().toString(),
                clock.instant());
        mode.ifPresent(rule::deliverAs);
        rules.add(rule);
        rules.flush();
        changes.fire(new RuleChange(rule.id(), Optional.of(rule)));
        return rule;
    }

    /**
     * Replaces a rule's name, type and definition with a checked new version (a watchlist re-import, an
     * edited query). The change applies to items matched from now on; past matches stay as they were.
     */
    public Optional<Rule> replace(long ruleId, JsonObject input) throws InvalidInputException {
        RuleDraft draft = check(input);
        Optional<Optional<DeliveryMode>> mode = deliveryMode(input);
        Optional<Rule> rule = rules.find(ruleId);
        if (rule.isPresent()) {
            rule.get().redefine(draft.name(), draft.type().name(), draft.definition().toString());
            if (mode.isPresent()) {
                rule.get().deliverAs(mode.get());
                deliveryChanges.fire(new DeliveryChanged(rule.get().subscriberId()));
            }
            changes.fire(new RuleChange(ruleId, rule));
        }
        return rule;
    }

    /**
     * The {@code deliveryMode} a rule asks for: absent → unchanged (outer empty); {@code null} or
     * {@code "subscriber"} → follow the subscriber (inner empty); else immediate, daily or weekly.
     */
    static Optional<Optional<DeliveryMode>> deliveryMode(JsonObject input) throws InvalidInputException {
        if (!input.containsKey("deliveryMode")) {
            return Optional.empty();
        }
        Optional<String> text = text(input, "deliveryMode").map(String::strip);
        if (text.isEmpty() || text.get().isEmpty() || text.get().equalsIgnoreCase("subscriber")) {
            return Optional.of(Optional.empty());
        }
        DeliveryMode mode = DeliveryMode.parse("deliveryMode", text.get());
        if (mode == DeliveryMode.PAUSED) {
            throw new InvalidInputException("deliveryMode",
                    "a rule cannot be paused: pause the subscriber, or delete the rule (modes: immediate, daily, weekly,"
                            + " subscriber)");
        }
        return Optional.of(Optional.of(mode));
    }

    /**
     * Checks a rule exactly as saving it would, without saving: what {@code /api/rules/test} and
     * {@code preview} run on.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleDraft check(JsonObject input) throws InvalidInputException {
        String typeName = text(input, "type").orElse("keyword");
        RuleType type = types.require(typeName);
        JsonObject definition = type.define(input);
        String name = text(input, "name").map(String::strip).filter(n -> !n.isEmpty())
                .orElseGet(() -> shortened(type.defaultName(definition)));
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        return new RuleDraft(type, name, definition);
    }

    private static String shortened(String name) {
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    private static Optional<String> text(JsonObject input, String field) throws InvalidInputException {
        JsonValue value = input.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString)) {
            throw new InvalidInputException(field, field + " must be a string");
        }
        return Optional.of(((JsonString) value).getString());
    }

    /** How many rules each subscriber has (absent: none), counted by the database in one query. */
    public java.util.Map<Long, Long> countBySubscribers(java.util.Collection<Long> subscriberIds) {
        return rules.countBySubscribers(subscriberIds);
    }

    public List<Rule> bySubscriber(long subscriberId) {
        return rules.bySubscriber(subscriberId);
    }

    public Optional<Rule> find(long ruleId) {
        return rules.find(ruleId);
    }

    public boolean remove(long ruleId) {
        Optional<Rule> rule = rules.find(ruleId);
        rule.ifPresent(r -> {
            rules.remove(r);
            changes.fire(new RuleChange(ruleId, Optional.empty()));
        });
        return rule.isPresent();
    }
}
