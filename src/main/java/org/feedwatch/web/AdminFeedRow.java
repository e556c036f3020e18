package org.feedwatch.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedHealth;

/** One feed as the admin pages show it: a flat map of display text (the templates escape it). */
final class AdminFeedRow {

    private AdminFeedRow() {
    }

    static Map<String, Object> of(Feed feed, Instant now) {
        FeedHealth health = feed.health();
        Map<String, Object> row = new HashMap<>();
        row.put("id", feed.id());
        row.put("url", feed.url());
        row.put("title", feed.title().orElse(feed.url()));
        row.put("hasTitle", feed.title().isPresent()); // else the title is the URL, shown once
        row.put("enabled", feed.enabled());
        boolean failing = feed.enabled() && health.failingSince().isPresent();
        row.put("failing", failing);
        row.put("status", !feed.enabled() ? "Disabled" : failing ? "Failing" : switch (health.lastStatus()) {
            case NEW -> "Not polled yet";
            case NOT_MODIFIED, OK -> "OK";
            case ERROR -> "Failing";
            case GONE -> "Gone";
        });
        row.put("statusClass", !feed.enabled() ? "off" : failing ? "bad" : "good");
        feed.disabledReason().ifPresent(r -> row.put("disabledReason", r));
        health.lastError().filter(e -> failing).ifPresent(e -> row.put("error", e));
        health.failingSince().filter(s -> failing).ifPresent(s -> {
            row.put("failingSince", AdminTimes.exact(s));
            row.put("failingFor", AdminTimes.relative(s, now));
        });
        health.lastHttpStatus().ifPresent(s -> row.put("httpStatus", s));
        row.put("errors", health.consecutiveErrors());
        health.lastSuccessAt().ifPresent(s -> row.put("lastSuccess", AdminTimes.relative(s, now)));
        if (feed.enabled()) {
            row.put("nextPoll", AdminTimes.exact(feed.nextPollAt()));
            row.put("nextPollIn", feed.nextPollAt().isAfter(now) ? AdminTimes.relative(feed.nextPollAt(), now)
                    : "due now");
        }
        return row;
    }
}
