package org.feedwatch.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.feedwatch.discovery.AddOutcome;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedService;
import org.feedwatch.opml.ImportReport;

/** Builds the feeds page's model: the list (failing first), the add form's state, notices, an OPML report. */
@RequestScoped
public class AdminFeedsView {

    @Inject
    FeedService feeds;

    @Inject
    Pages pages;

    @Inject
    Clock clock;

    /** The page's model, built up by the resource. */
    public final class Model {
        private final Map<String, Object> values = new HashMap<>();
        private final Map<Long, Map<String, Object>> rowsById = new HashMap<>();

        Model put(String key, Object value) {
            values.put(key, value);
            return this;
        }

        Model url(String url) {
            return put("url", url == null ? "" : url);
        }

        Model urlError(String message) {
            return put("urlError", message);
        }

        Model fileError(String message) {
            return put("fileError", message);
        }

        Model choices(AddOutcome.Choose choose) {
            put("choicesPage", choose.page().toString());
            return put("choices", choose.choices().stream().map(c -> Map.of("url", c.url(),
                    "title", c.title().orElse(c.url()), "type", c.type().orElse("feed"))).toList());
        }

        Model imported(ImportReport report) {
            put("importedCount", report.imported().size());
            return put("problems", report.problems().stream().map(p -> Map.of("line", p.line(),
                    "url", p.url().orElse(""), "message", p.message())).toList());
        }

        /** The notice after a redirect back to the list: what was just done to which feed. */
        Model notices(Long added, Long polled, Long changed) {
            notice(added, row -> "Added “" + row.get("title") + "”. It is polled in a moment.");
            notice(polled, row -> Boolean.TRUE.equals(row.get("failing"))
                    ? "Polled “" + row.get("title") + "”: it failed (see below)."
                    : "Polled “" + row.get("title") + "”: " + row.get("status") + ".");
            notice(changed, row -> "“" + row.get("title") + "” is now " + (Boolean.TRUE.equals(row.get("enabled"))
                    ? "enabled." : "disabled."));
            return this;
        }

        private void notice(Long id, java.util.function.Function<Map<String, Object>, String> text) {
            if (id != null && rowsById.containsKey(id)) {
                put("notice", text.apply(rowsById.get(id)));
                put("noticeId", id);
            }
        }
    }

    /** The list of feeds; {@code failingOnly} keeps only the failing ones. */
    public Model model(boolean failingOnly) {
        Instant now = clock.instant();
        List<Feed> all = feeds.all();
        Model model = new Model();
        List<Map<String, Object>> rows = all.stream()
                .map(f -> AdminFeedRow.of(f, now))
                .sorted(Comparator.comparing((Map<String, Object> r) -> !Boolean.TRUE.equals(r.get("failing")))
                        .thenComparing(r -> !Boolean.TRUE.equals(r.get("enabled")))
                        .thenComparing(r -> ((String) r.get("title")).toLowerCase(java.util.Locale.ROOT)))
                .toList();
        rows.forEach(r -> model.rowsById.put((Long) r.get("id"), r));
        long failing = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("failing"))).count();
        model.put("section", "feeds").put("url", "").put("failingOnly", failingOnly).put("total", rows.size())
                .put("failingCount", failing)
                .put("rows", failingOnly ? rows.stream().filter(r -> Boolean.TRUE.equals(r.get("failing"))).toList()
                        : rows);
        return model;
    }

    public String render(Model model) {
        return pages.render("pages/admin/feeds.html", model.values);
    }
}
