package org.feedwatch.rule.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicUsageTest {

    @Test
    void countsRulesPerTopicAndIgnoresDefinitionsThatNameNone() {
        Map<String, Integer> counts = TopicUsage.count(List.of("{\"topic\":\"sanctions\"}",
                "{\"topic\":\"sanctions\"}", "{\"topic\":\"political-prisoners\"}", "{}", "not json",
                "{\"topic\":7}", "[1]"));
        assertEquals(Map.of("sanctions", 2, "political-prisoners", 1), counts);
    }
}
