package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import org.feedwatch.archive.AtomFeedWriter;
import org.feedwatch.archive.MatchFeedDocument;
import org.feedwatch.archive.SubscriberFeed;
import org.feedwatch.subscriber.LinkSigner;

/**
 * A subscriber's private Atom feed of matches at {@code /feeds/<id>/<token>.atom}. The token (LinkSigner FEED) is
 * the only key, so a wrong one is a bare 404, like an unknown subscriber. Conditional GET by ETag (a hash of the
 * document) and Last-Modified (its newest entry); private to the reader's own cache, never a shared one.
 */
@Path("feeds")
public class SubscriberFeedResource {

    static final String ATOM = "application/atom+xml;charset=utf-8";

    private static final AtomFeedWriter WRITER = new AtomFeedWriter();

    @Inject
    LinkSigner signer;

    @Inject
    SubscriberFeed feeds;

    @GET
    @Path("{id: [0-9]{1,18}}/{token: [A-Za-z0-9_-]{1,100}}.atom")
    public Response feed(@PathParam("id") long id, @PathParam("token") String token, @Context Request request) {
        if (!signer.verify(LinkSigner.FEED, id, token)) {
            throw new NotFoundException();
        }
        MatchFeedDocument document = feeds.of(id).orElseThrow(NotFoundException::new);
        byte[] body = WRITER.write(document);
        EntityTag tag = new EntityTag(sha256(body));
        // Seconds only: Last-Modified has no more, and a finer date would never equal If-Modified-Since.
        Date modified = new Date(document.updated().getEpochSecond() * 1000);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(body, ATOM);
        return answer.tag(tag).lastModified(modified).cacheControl(privateRevalidated())
                .header("X-Robots-Tag", "noindex, nofollow").build();
    }

    private static CacheControl privateRevalidated() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        cache.setNoTransform(false);
        return cache;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
