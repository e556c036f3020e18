package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The admin console's first page: is everything working, and what needs a look. */
@Path("admin")
@AdminOnly
public class AdminDashboardPage {

    @Inject
    AdminFigures figures;

    @Inject
    Pages pages;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String dashboard() {
        AdminFigures.Figures today = figures.today();
        Instant now = clock.instant();
        Map<String, Object> model = new HashMap<>();
        model.put("section", "dashboard");
        model.put("feeds", today.feeds());
        model.put("failing", today.failing().stream().map(f -> AdminFeedRow.of(f, now)).toList());
        model.put("moreFailing", today.feeds().failing() > today.failing().size());
        model.put("itemsToday", today.itemsToday());
        model.put("matchesToday", today.matchesToday());
        model.put("sentToday", today.mailsToday().sent());
        model.put("failedToday", today.mailsToday().failed());
        model.put("pending", today.mailsPending());
        model.put("dayStart", AdminTimes.exact(today.dayStart()));
        return pages.render("pages/admin/dashboard.html", model);
    }
}
