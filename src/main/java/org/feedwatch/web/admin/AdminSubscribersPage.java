package org.feedwatch.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.rule.RuleService;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberSearch;
import org.feedwatch.subscriber.SubscriberService;
import org.feedwatch.web.AdminOnly;

/** The subscriber list: search by a part of the address, a page at a time (keyset), rule counts in one query. */
@Path("admin/subscribers")
@AdminOnly
@Produces(AdminPages.HTML)
public class AdminSubscribersPage {

    @Inject
    SubscriberService subscribers;

    @Inject
    RuleService rules;

    @Inject
    AdminPages pages;

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("after") String after,
            @QueryParam("limit") String limit, @QueryParam("done") String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q);
        model.put("rows", List.of());
        model.put("next", null);
        model.put("paged", after != null && !after.isBlank());
        model.put("limit", Paging.DEFAULT_LIMIT);
        SubscriberSearch search;
        try {
            search = SubscriberSearch.of(q, Paging.cursor("after", after).orElse(0), Paging.limit(limit));
        } catch (InvalidInputException e) {
            return pages.render("pages/admin/subscribers.html", "subscribers", model, done, FieldError.of(e));
        }
        // One more than the page, to know whether there is a next page without counting every match.
        List<Subscriber> found = subscribers.search(new SubscriberSearch(search.text(), search.after(),
                search.limit() + 1));
        List<Subscriber> page = found.subList(0, Math.min(found.size(), search.limit()));
        Map<Long, Long> ruleCounts = rules.countBySubscribers(page.stream().map(Subscriber::id).toList());
        model.put("rows", page.stream().map(s -> SubscriberRow.of(s, ruleCounts.getOrDefault(s.id(), 0L))).toList());
        model.put("next", found.size() > search.limit() ? page.get(page.size() - 1).id() : null);
        model.put("limit", search.limit());
        return pages.render("pages/admin/subscribers.html", "subscribers", model, done, null);
    }
}
