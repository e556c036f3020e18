package org.feedwatch.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.search.Query;
import org.feedwatch.rule.RuleQuery;

/**
 * Which rules own each distinct query of the rule index, so that a query many rules share is registered and
 * matched once.
 *
 * <p>Subscribers share queries: everyone who follows the "sanctions" topic has the same compiled query, and
 * popular keywords repeat. The monitor holds each distinct query (by {@link Query#equals}) once, under an id of
 * its own, and a hit on it is a hit for every rule that owns it. Not thread-safe: {@link RuleIndex} guards it
 * with its lock.
 */
final class SharedQueries {

    /** A rule that owns a query, and what a hit on the query means for that rule (see {@link RuleQuery}). */
    record Owner(long ruleId, String meaning) {
    }

    /** What the monitor must register and delete after a change. */
    record Change(List<MonitorQuery> added, List<String> removed) {
    }

    private final Map<Query, String> idOfQuery = new HashMap<>();
    private final Map<String, Query> queryOfId = new HashMap<>();
    private final Map<String, List<Owner>> ownersOf = new HashMap<>();
    private final Map<Long, List<String>> idsOfRule = new HashMap<>();
    private long nextId;

    /** Gives these rules these queries, replacing what they had. */
    Change put(Map<Long, List<RuleQuery>> rules) {
        Set<String> released = new HashSet<>();
        for (Long ruleId : rules.keySet()) {
            released.addAll(release(ruleId));
        }
        List<MonitorQuery> added = new ArrayList<>();
        for (Map.Entry<Long, List<RuleQuery>> rule : rules.entrySet()) {
            List<String> ids = new ArrayList<>(rule.getValue().size());
            for (RuleQuery ruleQuery : rule.getValue()) {
                String id = idOfQuery.get(ruleQuery.query());
                if (id == null) {
                    id = Long.toString(nextId++);
                    idOfQuery.put(ruleQuery.query(), id);
                    queryOfId.put(id, ruleQuery.query());
                    added.add(new MonitorQuery(id, ruleQuery.query()));
                }
                ownersOf.computeIfAbsent(id, k -> new ArrayList<>()).add(new Owner(rule.getKey(), ruleQuery.meaning()));
                ids.add(id);
            }
            idsOfRule.put(rule.getKey(), ids);
        }
        return new Change(added, dropUnowned(released));
    }

    /** Takes a rule's queries away; nothing changes if the rule is unknown. */
    Change remove(long ruleId) {
        return new Change(List.of(), dropUnowned(new HashSet<>(release(ruleId))));
    }

    /** The rules that own a registered query, in the order they got it; empty for an unknown id. */
    List<Owner> owners(String queryId) {
        return ownersOf.getOrDefault(queryId, List.of());
    }

    /** The number of rules that own queries. */
    int rules() {
        return idsOfRule.size();
    }

    private List<String> release(long ruleId) {
        List<String> ids = idsOfRule.remove(ruleId);
        if (ids == null) {
            return List.of();
        }
        for (String id : ids) {
            ownersOf.get(id).removeIf(owner -> owner.ruleId() == ruleId);
        }
        return ids;
    }

    /** Forgets the queries among {@code ids} that no rule owns any more, and returns them. */
    private List<String> dropUnowned(Set<String> ids) {
        List<String> dropped = new ArrayList<>();
        for (String id : ids) {
            List<Owner> owners = ownersOf.get(id);
            if (owners != null && owners.isEmpty()) {
                ownersOf.remove(id);
                idOfQuery.remove(queryOfId.remove(id));
                dropped.add(id);
            }
        }
        return dropped;
    }
}
