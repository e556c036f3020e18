package org.feedwatch.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxListing;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.delivery.OutboxSender;
import org.feedwatch.delivery.OutboxStatus;
import org.feedwatch.delivery.SenderState;
import org.feedwatch.web.AdminOnly;

/**
 * The outbox: counts by status, the sender's state, messages a page at a time (newest first, keyset), with the
 * mail server's answer; retry a failed message and send what is due now (what {@code /api/outbox} does).
 */
@Path("admin/outbox")
@AdminOnly
@Produces(AdminPages.HTML)
public class AdminOutboxPage {

    @Inject
    Outbox outbox;

    @Inject
    OutboxListing listing;

    @Inject
    OutboxSender sender;

    @Inject
    Clock clock;

    @Inject
    AdminPages pages;

    /** The sender as the page shows it. */
    public record SenderRow(boolean backingOff, String nextTry, String lastError, String since, int failedConnections) {
        static SenderRow of(SenderState s) {
            return new SenderRow(s.backingOff(), AdminPages.when(s.until()), s.lastError().orElse(null),
                    AdminPages.when(s.since()), s.failedConnections());
        }
    }

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @QueryParam("done") String done) {
        Outbox.Counts counts = outbox.counts();
        Map<String, Object> model = new HashMap<>();
        model.put("pending", counts.byStatus().get(OutboxStatus.PENDING));
        model.put("sent", counts.byStatus().get(OutboxStatus.SENT));
        model.put("failed", counts.byStatus().get(OutboxStatus.FAILED));
        model.put("oldestPending", AdminPages.when(counts.oldestPendingCreatedAt()));
        model.put("sender", SenderRow.of(sender.state()));
        model.put("status", "");
        model.put("rows", List.of());
        model.put("next", null);
        model.put("paged", before != null && !before.isBlank());
        model.put("limit", Paging.DEFAULT_LIMIT);
        Optional<OutboxStatus> wanted;
        long cursor;
        int max;
        try {
            wanted = status(status);
            cursor = Paging.cursor("before", before).orElse(Long.MAX_VALUE);
            max = Paging.limit(limit);
        } catch (InvalidInputException e) {
            return pages.render("pages/admin/outbox.html", "outbox", model, done, FieldError.of(e));
        }
        model.put("status", wanted.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(""));
        model.put("limit", max);
        List<OutboxMessage> found = listing.page(wanted, cursor, max + 1);
        List<OutboxMessage> page = found.subList(0, Math.min(found.size(), max));
        model.put("rows", page.stream().map(OutboxRow::of).toList());
        model.put("next", found.size() > max ? page.get(page.size() - 1).id() : null);
        return pages.render("pages/admin/outbox.html", "outbox", model, done, null);
    }

    @POST
    @Path("{id: [0-9]+}/retry")
    public Response retry(@PathParam("id") long id) {
        try {
            outbox.retry(id, clock.instant()).orElseThrow(NotFoundException::new);
        } catch (Outbox.NotFailedException e) {
            return AdminPages.seeOther("/admin/outbox", Notice.NOT_FAILED);
        }
        return AdminPages.seeOther("/admin/outbox", Notice.RETRIED);
    }

    /** Sends what is due now, even while the sender backs off from an unreachable server. */
    @POST
    @Path("drain")
    public Response drain() throws InterruptedException {
        sender.drainNow();
        return AdminPages.seeOther("/admin/outbox", Notice.DRAINED);
    }

    private static Optional<OutboxStatus> status(String status) throws InvalidInputException {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OutboxStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status must be pending, sent or failed");
        }
    }
}
