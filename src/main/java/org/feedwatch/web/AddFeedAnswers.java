package org.feedwatch.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.Locale;
import org.feedwatch.discovery.AddOutcome;
import org.feedwatch.discovery.FeedChoice;

/**
 * The answers to {@code POST /api/feeds}: 201 with the feed (plus where it was found, or why it could not be
 * checked), or 300 Multiple Choices with the feeds a page links to. 300 is HTTP's own status for "several
 * representations, pick one"; it carries no Location, so no client follows it on its own, and its body has the
 * usual {@code error} and {@code field} so a client that only shows errors still says something useful.
 */
final class AddFeedAnswers {

    static final int MULTIPLE_CHOICES = 300;

    /** JSON-B as the API uses it, to add fields to the same feed view GET answers with. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private AddFeedAnswers() {
    }

    static Response of(AddOutcome outcome, UriInfo uri) {
        if (outcome instanceof AddOutcome.Choose choose) {
            return choices(choose);
        }
        AddOutcome.Added added = (AddOutcome.Added) outcome;
        JsonObjectBuilder body = Json.createObjectBuilder(feedView(added));
        added.foundAt().ifPresent(found -> body.add("foundAt", found.page().toString())
                .add("foundBy", found.how().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        added.unchecked().ifPresent(why -> body.add("note", "the address could not be checked now, so it was"
                + " added as given; its polls will show any problem: " + why));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.feed().id())).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body.build().toString()).build();
    }

    private static JsonObject feedView(AddOutcome.Added added) {
        String json = JSONB.toJson(Views.FeedView.of(added.feed()));
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Response choices(AddOutcome.Choose choose) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (FeedChoice choice : choose.choices()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("url", choice.url());
            choice.title().ifPresent(title -> item.add("title", title));
            choice.type().ifPresent(type -> item.add("type", type));
            list.add(item);
        }
        JsonObject body = Json.createObjectBuilder()
                .add("error", "this page links to several feeds; add the one you want by its url")
                .add("field", "url")
                .add("page", choose.page().toString())
                .add("choices", list)
                .build();
        return Response.status(MULTIPLE_CHOICES).type(MediaType.APPLICATION_JSON_TYPE).entity(body.toString()).build();
    }
}
