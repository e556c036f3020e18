package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.feedwatch.digest.OnlineDigests;
import org.feedwatch.subscriber.LinkSigner;

/**
 * One digest on the web, the "read online" link of every digest ({@link LinkSigner#readOnlineUrl}): all its
 * stories, not just those the mail had room for. Signed with the subscriber's manage token; a wrong token, an
 * unknown digest or another subscriber's digest is the same plain 404, so archive ids cannot be probed.
 */
@Path("archive/{archiveId}")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class ReadOnlinePage {

    @Inject
    LinkSigner signer;

    @Inject
    OnlineDigests digests;

    @GET
    public String show(@PathParam("archiveId") String archiveId, @QueryParam("s") long subscriberId,
            @QueryParam("t") String token) {
        if (!signer.verify(LinkSigner.MANAGE, subscriberId, token)) {
            throw new NotFoundException();
        }
        return digests.page(subscriberId, archiveId).orElseThrow(NotFoundException::new);
    }
}
