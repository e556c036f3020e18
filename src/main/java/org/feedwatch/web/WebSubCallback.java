package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.feedwatch.config.FetchConfig;
import org.feedwatch.web.guard.CsrfExempt;
import org.feedwatch.websub.PushReceiver;
import org.feedwatch.websub.Verification;
import org.feedwatch.websub.WebSubService;

/**
 * The public WebSub callback of a feed, {@code /websub/<feedId>/<token>} — not behind admin auth: hubs call it.
 * GET is the hub's verification of intent (the challenge echoed as text/plain, or 404). POST is content
 * distribution: larger than {@code feedwatch.fetch.max-body-bytes} → 413; no active subscription of an enabled
 * feed at this callback → 410 (the hub may drop it); otherwise 202 whether the signature was valid (stored) or not
 * (ignored), so the answer tells a forger nothing (WebSub 8 allows either).
 */
@Path("websub/{feedId}/{token}")
public class WebSubCallback {

    @Inject
    WebSubService webSub;

    @Inject
    PushReceiver receiver;

    @Inject
    FetchConfig fetchConfig;

    @GET
    public Response verify(@PathParam("feedId") long feedId, @PathParam("token") String token,
            @QueryParam("hub.mode") String mode, @QueryParam("hub.topic") String topic,
            @QueryParam("hub.challenge") String challenge, @QueryParam("hub.lease_seconds") String leaseSeconds,
            @QueryParam("hub.reason") String reason) {
        Verification.Outcome outcome = webSub.verify(feedId, token,
                new Verification.Request(mode, topic, challenge, leaseSeconds, reason));
        if (outcome instanceof Verification.Confirm confirm) {
            return Response.ok(confirm.challenge(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
        }
        if (outcome instanceof Verification.Denied) {
            return Response.noContent().build();
        }
        return Response.status(Response.Status.NOT_FOUND).build();
    }

    @POST
    @CsrfExempt // the hub posts it; the body is checked against the hub signature
    public Response distribute(@PathParam("feedId") long feedId, @PathParam("token") String token,
            @Context HttpHeaders headers, InputStream body) throws IOException {
        long cap = fetchConfig.maxBodyBytes();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
        if (bytes.length > cap) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        PushReceiver.Outcome outcome = receiver.receive(feedId, token,
                Optional.ofNullable(headers.getHeaderString("X-Hub-Signature")), bytes,
                Optional.ofNullable(headers.getHeaderString(HttpHeaders.CONTENT_TYPE)));
        return outcome == PushReceiver.Outcome.UNKNOWN ? Response.status(Response.Status.GONE).build()
                : Response.accepted().build();
    }
}
