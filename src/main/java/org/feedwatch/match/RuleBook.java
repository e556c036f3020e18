package org.feedwatch.match;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.RuleChange;
import org.feedwatch.rule.RuleQuery;
import org.feedwatch.rule.RuleRepository;
import org.feedwatch.rule.RuleTypes;
import org.feedwatch.rule.topic.TopicRuleType;
import org.feedwatch.rule.topic.TopicsChanged;
import org.feedwatch.subscriber.SubscriberRemoved;

/**
 * The one rule index of this server, loaded from the database on first use and kept in step with rule
 * changes after they commit. Also knows whose rule each indexed rule is.
 */
@ApplicationScoped
public class RuleBook {

    private static final Logger LOG = Logger.getLogger(RuleBook.class.getName());

    @Inject
    RuleRepository rules;

    @Inject
    RuleTypes types;

    private final Map<Long, Long> subscriberOfRule = new ConcurrentHashMap<>();
    private volatile RuleIndex index;

    /** The index, built from every stored rule the first time it is needed. */
    public RuleIndex index() {
        RuleIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = load();
                }
                current = index;
            }
        }
        return current;
    }

    private RuleIndex load() {
        RuleIndex fresh = new RuleIndex();
        Map<Long, List<RuleQuery>> queries = new HashMap<>();
        for (Rule rule : rules.all()) {
            compile(rule).ifPresent(q -> {
                queries.put(rule.id(), q);
                subscriberOfRule.put(rule.id(), rule.subscriberId());
            });
        }
        fresh.putRules(queries);
        LOG.info(() -> "Rule index loaded with " + queries.size() + " rule(s)");
        return fresh;
    }

    private Optional<List<RuleQuery>> compile(Rule rule) {
        try {
            return Optional.of(types.compile(rule));
        } catch (InvalidInputException e) {
            // A stored rule that no longer compiles (e.g. after a language change) is skipped, not fatal.
            LOG.warning(() -> "Rule " + rule.id() + " is not active: " + e.getMessage());
            return Optional.empty();
        }
    }

    public Optional<Long> subscriberOf(long ruleId) {
        return Optional.ofNullable(subscriberOfRule.get(ruleId));
    }

    void onRuleChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RuleChange change) {
        if (index == null) {
            return; // the first use loads the committed state anyway
        }
        if (change.saved().isPresent()) {
            Rule rule = change.saved().get();
            compile(rule).ifPresent(q -> {
                subscriberOfRule.put(rule.id(), rule.subscriberId());
                index.putRules(Map.of(rule.id(), q));
            });
        } else {
            index.remove(change.ruleId());
            subscriberOfRule.remove(change.ruleId());
        }
    }

    /** Topic rules store only the topic's name: when a topic file changes, what they match changes. */
    void onTopicsChanged(@Observes TopicsChanged changed) {
        if (index == null) {
            return;
        }
        Map<Long, List<RuleQuery>> recompiled = new HashMap<>();
        for (Rule rule : rules.byType(TopicRuleType.NAME)) {
            Optional<List<RuleQuery>> queries = compile(rule);
            if (queries.isPresent()) {
                recompiled.put(rule.id(), queries.get());
            } else {
                index.remove(rule.id());
            }
        }
        index.putRules(recompiled);
        LOG.info(() -> "Topics changed: " + recompiled.size() + " topic rule(s) recompiled");
    }

    void onSubscriberRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubscriberRemoved removed) {
        List<Long> gone = subscriberOfRule.entrySet().stream()
                .filter(e -> e.getValue() == removed.subscriberId()).map(Map.Entry::getKey).toList();
        for (Long ruleId : gone) {
            if (index != null) {
                index.remove(ruleId);
            }
            subscriberOfRule.remove(ruleId);
        }
    }

    @PreDestroy
    void close() {
        if (index != null) {
            try {
                index.close();
            } catch (java.io.IOException e) {
                LOG.fine(() -> "Closing the rule index: " + e.getMessage());
            }
        }
    }
}
