package org.feedwatch.web;

import jakarta.ws.rs.FormParam;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields any form of the manage page may send, as {@code @FormParam}s: the CSRF check has read the body
 * through the container's form parsing already, which is where Jakarta REST takes form parameters from (an entity
 * parameter would find the stream consumed).
 */
public class ManageForm {

    @FormParam("rule-type")
    String ruleType;

    @FormParam("name")
    String name;

    @FormParam("aliases")
    String aliases;

    @FormParam("query")
    String query;

    @FormParam("topic")
    String topic;

    @FormParam("deliveryMode")
    String deliveryMode;

    @FormParam("digestTime")
    String digestTime;

    @FormParam("weekday")
    String weekday;

    @FormParam("timeZone")
    String timeZone;

    /** The fields sent, by name, for the mapping in {@link ManageForms} and for showing the form again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "rule-type", ruleType);
        put(values, "name", name);
        put(values, "aliases", aliases);
        put(values, "query", query);
        put(values, "topic", topic);
        put(values, "deliveryMode", deliveryMode);
        put(values, "digestTime", digestTime);
        put(values, "weekday", weekday);
        put(values, "timeZone", timeZone);
        return values;
    }

    private static void put(Map<String, String> values, String field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }
}
