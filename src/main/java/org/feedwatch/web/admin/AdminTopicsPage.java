package org.feedwatch.web.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.match.RuleTrial;
import org.feedwatch.rule.topic.Topic;
import org.feedwatch.rule.topic.TopicCatalog;
import org.feedwatch.rule.topic.TopicEditor;
import org.feedwatch.rule.topic.TopicRuleType;
import org.feedwatch.rule.topic.TopicUsage;
import org.feedwatch.web.AdminOnly;

/**
 * The curated topics (read from the topics directory), how many rules use each, the newest stored items each would
 * match now (the rule preview of {@code POST /api/rules/preview}) and the topic files that were skipped, with why.
 * Topics are created and edited through {@link TopicEditor}: checked first, then written atomically.
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
    TopicEditor editor;

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

    @GET
    @Path("new")
    public Response createForm() {
        return form(new TopicEditor.Draft("", "", "", ""), "", true, null, null);
    }

    @POST
    @Path("new")
    public Response create(@FormParam("name") String name, @FormParam("title") String title,
            @FormParam("description") String description, @FormParam("query") String query) {
        TopicEditor.Draft draft = new TopicEditor.Draft(name, title, description, query);
        try {
            editor.create(draft);
        } catch (InvalidInputException e) {
            return form(draft, "", true, FieldError.of(e), null);
        } catch (TopicEditor.WriteFailedException e) {
            return form(draft, "", true, null, e.getMessage());
        }
        return AdminPages.seeOther("/admin/topics", Notice.TOPIC_SAVED);
    }

    @GET
    @Path("{name: [a-z0-9][a-z0-9-]{0,59}}/edit")
    public Response editForm(@PathParam("name") String name) throws IOException {
        Topic topic = catalog.find(name).orElseThrow(NotFoundException::new);
        return form(new TopicEditor.Draft(topic.name(), topic.title(), topic.description(), topic.query()),
                editor.version(name), false, null, null);
    }

    @POST
    @Path("{name: [a-z0-9][a-z0-9-]{0,59}}/edit")
    public Response edit(@PathParam("name") String name, @FormParam("version") String version,
            @FormParam("title") String title, @FormParam("description") String description,
            @FormParam("query") String query) {
        catalog.find(name).orElseThrow(NotFoundException::new);
        TopicEditor.Draft draft = new TopicEditor.Draft(name, title, description, query);
        try {
            editor.replace(draft, version == null ? "" : version);
        } catch (InvalidInputException e) {
            return form(draft, version, false, FieldError.of(e), null);
        } catch (TopicEditor.WriteFailedException e) {
            return form(draft, version, false, null, e.getMessage());
        }
        return AdminPages.seeOther("/admin/topics", Notice.TOPIC_SAVED);
    }

    @POST
    @Path("{name: [a-z0-9][a-z0-9-]{0,59}}/delete")
    public Response delete(@PathParam("name") String name, @FormParam("version") String version) throws IOException {
        Topic topic = catalog.find(name).orElseThrow(NotFoundException::new);
        try {
            editor.delete(name, version == null ? "" : version);
        } catch (InvalidInputException e) {
            return form(new TopicEditor.Draft(topic.name(), topic.title(), topic.description(), topic.query()),
                    editor.version(name), false, FieldError.of(e), null);
        } catch (TopicEditor.WriteFailedException e) {
            return form(new TopicEditor.Draft(topic.name(), topic.title(), topic.description(), topic.query()),
                    editor.version(name), false, null, e.getMessage());
        }
        return AdminPages.seeOther("/admin/topics", Notice.TOPIC_DELETED);
    }

    private Response form(TopicEditor.Draft draft, String version, boolean creating, FieldError error,
            String writeFailed) {
        Map<String, Object> model = new HashMap<>();
        model.put("topic", draft);
        model.put("version", version);
        model.put("creating", creating);
        model.put("writeFailed", writeFailed);
        model.put("dir", config.topicsDir().toString());
        Response page = pages.render("pages/admin/topic-form.html", "topics", model, null, error);
        // A file that could not be written is the server's problem, not the form's.
        return writeFailed == null ? page : Response.fromResponse(page).status(500).build();
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
