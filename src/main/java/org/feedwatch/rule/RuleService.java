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

    /**
     * Checks a rule sent from outside ({@code name}, {@code type} and the type's own fields) and stores it.
     * The caller has checked that the subscriber exists.
     */
    public Rule add(long subscriberId, JsonObject input) throws InvalidInputException {
        RuleDraft draft = check(input);
        Rule rule = new Rule(subscriberId, draft.name(), draft.type().name(), draft.definition().toString(),
                clock.instant());
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
        Optional<Rule> rule = rules.find(ruleId);
        if (rule.isPresent()) {
            rule.get().redefine(draft.name(), draft.type().name(), draft.definition().toString());
            changes.fire(new RuleChange(ruleId, rule));
        }
        return rule;
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
