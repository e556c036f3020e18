package org.feedwatch.web.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.match.RuleTrial;
import org.feedwatch.rule.topic.Topic;
import org.feedwatch.rule.topic.TopicCatalog;
import org.feedwatch.rule.topic.TopicRuleType;
import org.feedwatch.rule.topic.TopicUsage;
import org.feedwatch.web.AdminOnly;

/**
 * The curated topics (read from the topics directory), how many rules use each, the newest stored items each would
 * match now (the rule preview of {@code POST /api/rules/preview}) and the topic files that were skipped, with why.
 * Read only: topic files are edited in the server's configuration (see the README).
 */
@Path("admin/topics")
@AdminOnly
@Produces(AdminPages.HTML)
public class AdminTopicsPage {

    static final int PREVIEW_DAYS = 7;
    static final int PREVIEW_ITEMS = 5;

    @Inject
    TopicCatalog catalog;

    @Inject
    TopicUsage usage;

    @Inject
    RuleTrial trial;

    @Inject
    ServerConfig config;

    @Inject
    AdminPages pages;

    /** A matched item in a topic's preview. */
    public record PreviewRow(String title, String link, String feed, String published, String snippet) {
    }

    /** A topic with its use and preview; {@code previewError} when the preview could not run. */
    public record TopicRow(String name, String title, String description, String query, int rules,
            List<PreviewRow> preview, int scanned, boolean capped, String previewError) {
    }

    @GET
    public Response list(@QueryParam("done") String done) {
        Map<String, Integer> used = usage.rulesByTopic();
        List<TopicRow> rows = new ArrayList<>();
        for (Topic topic : catalog.all()) {
            rows.add(row(topic, used.getOrDefault(topic.name(), 0)));
        }
        rows.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
        return pages.render("pages/admin/topics.html", "topics", Map.of("topics", rows, "problems",
                catalog.problems(), "dir", config.topicsDir().toString(), "days", PREVIEW_DAYS), done, null);
    }

    private TopicRow row(Topic topic, int rules) {
        try {
            RuleTrial.Preview preview = trial.preview(Json.createObjectBuilder().add("type", TopicRuleType.NAME)
                    .add("topic", topic.name()).build(), PREVIEW_DAYS, PREVIEW_ITEMS);
            List<PreviewRow> items = preview.matches().stream().map(f -> new PreviewRow(f.item().title(),
                    AdminPages.safeLink(f.item().link()), f.item().feed().title().orElse(f.item().feed().url()),
                    AdminPages.when(f.item().publishedAt()), f.hit().snippet())).toList();
            return new TopicRow(topic.name(), topic.title(), topic.description(), topic.query(), rules, items,
                    preview.scanned(), preview.capped(), null);
        } catch (InvalidInputException e) {
            // the file was valid when read; a preview can still fail, e.g. when the topic was removed meanwhile
            return new TopicRow(topic.name(), topic.title(), topic.description(), topic.query(), rules, List.of(), 0,
                    false, e.getMessage());
        }
    }
}
