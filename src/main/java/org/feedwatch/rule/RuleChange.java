package org.feedwatch.rule;

import java.util.Optional;

/**
 * Fired (and observed after commit) when a rule is saved or removed, so the rule index follows the database.
 * {@code saved} is empty for a removal.
 */
public record RuleChange(long ruleId, Optional<Rule> saved) {
}
