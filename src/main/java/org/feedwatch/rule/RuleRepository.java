package org.feedwatch.rule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries on rules. Callers own the transaction. */
@ApplicationScoped
public class RuleRepository {

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    public Optional<Rule> find(long id) {
        return Optional.ofNullable(em.find(Rule.class, id));
    }

    public List<Rule> byType(String type) {
        return em.createNamedQuery("Rule.byType", Rule.class).setParameter("type", type).getResultList();
    }

    public List<Rule> all() {
        return em.createNamedQuery("Rule.all", Rule.class).getResultList();
    }

    public List<Rule> bySubscriber(long subscriberId) {
        return em.createNamedQuery("Rule.bySubscriber", Rule.class).setParameter("subscriberId", subscriberId)
                .getResultList();
    }

    public List<Rule> byIds(Collection<Long> ids) {
        return em.createNamedQuery("Rule.byIds", Rule.class).setParameter("ids", ids).getResultList();
    }

    /** How many rules each of these subscribers has, in one grouped query (absent: none). */
    public Map<Long, Long> countBySubscribers(Collection<Long> subscriberIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (subscriberIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createNamedQuery("Rule.countBySubscribers", Object[].class)
                .setParameter("ids", List.copyOf(subscriberIds)).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The stored definitions (JSON) of every rule of one type, without loading the rules. */
    public List<String> definitionsOfType(String type) {
        return em.createNamedQuery("Rule.definitionsOfType", String.class).setParameter("type", type).getResultList();
    }

    public void add(Rule rule) {
        em.persist(rule);
    }

    /** Writes pending inserts so a new rule has its id. */
    public void flush() {
        em.flush();
    }

    public void remove(Rule rule) {
        em.remove(rule);
    }
}
