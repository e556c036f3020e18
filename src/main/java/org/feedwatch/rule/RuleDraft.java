package org.feedwatch.rule;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import org.feedwatch.common.InvalidInputException;

/** A rule from outside that passed every check saving makes, not stored (yet). */
public record RuleDraft(RuleType type, String name, JsonObject definition) {

    public RuleDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    /** The queries the rule index would run for this rule. */
    public List<RuleQuery> compile() throws InvalidInputException {
        return type.compileQueries(definition);
    }
}
