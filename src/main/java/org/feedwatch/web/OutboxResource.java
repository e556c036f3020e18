package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxSender;
import org.feedwatch.delivery.OutboxStatus;
import org.feedwatch.delivery.SenderState;

/** The outbox for the administrator: what waits, what went out, what failed and why; retry and send now. */
@Path("outbox")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    Clock clock;

    /** Messages newest first, optionally only those with one status. */
    @GET
    public List<OutboxViews.MessageView> list(@QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") String limit) throws InvalidInputException {
        Optional<OutboxStatus> wanted = status(status);
        int max = limit(limit);
        SenderState state = sender.state();
        return outbox.newest(wanted, max).stream().map(m -> OutboxViews.MessageView.of(m, state)).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    public OutboxViews.MessageView get(@PathParam("id") long id) {
        return outbox.find(id).map(m -> OutboxViews.MessageView.of(m, sender.state()))
                .orElseThrow(() -> new NotFoundException("no outbox message " + id));
    }

    /** A failed message goes back to pending, due now (409 when it has not failed). */
    @POST
    @Path("{id: [0-9]+}/retry")
    public Response retry(@PathParam("id") long id) {
        try {
            return outbox.retry(id, clock.instant())
                    .map(m -> Response.ok(OutboxViews.MessageView.of(m, sender.state())).build())
                    .orElseThrow(() -> new NotFoundException("no outbox message " + id));
        } catch (Outbox.NotFailedException e) {
            return ApiError.of(Response.Status.CONFLICT, e.getMessage(), "status", null);
        }
    }

    @GET
    @Path("status")
    public OutboxViews.StatusView status() {
        return OutboxViews.StatusView.of(outbox.counts(), sender.state(), clock.instant());
    }

    /** Sends what is due now, even while the sender backs off from an unreachable server. */
    @POST
    @Path("drain")
    public OutboxViews.DrainView drain() throws InterruptedException {
        int sent = sender.drainNow();
        return new OutboxViews.DrainView(sent, status());
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

    private static int limit(String limit) throws InvalidInputException {
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("limit", "limit must be a whole number between 1 and " + MAX_LIMIT);
    }
}
