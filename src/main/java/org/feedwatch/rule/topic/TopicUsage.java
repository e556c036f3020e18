package org.feedwatch.rule.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.feedwatch.rule.RuleRepository;

/** How many subscribers' rules use each curated topic: what an edit of a topic file would change. */
@ApplicationScoped
public class TopicUsage {

    @Inject
    RuleRepository rules;

    /** Rules per topic name (absent: none); reads only the topic rules' definitions, in one query. */
    @Transactional
    public Map<String, Integer> rulesByTopic() {
        return count(rules.definitionsOfType(TopicRuleType.NAME));
    }

    static Map<String, Integer> count(Collection<String> definitions) {
        Map<String, Integer> counts = new HashMap<>();
        for (String definition : definitions) {
            try (JsonReader reader = Json.createReader(new StringReader(definition))) {
                JsonObject object = reader.readObject();
                String topic = object.getString("topic", "");
                if (!topic.isEmpty()) {
                    counts.merge(topic, 1, Integer::sum);
                }
            } catch (JsonException | ClassCastException e) {
                // a definition that is not what this type stores cannot name a topic; it is simply not counted
            }
        }
        return counts;
    }
}
