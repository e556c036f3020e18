package org.feedwatch.websub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.config.WebSubConfig;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedRepository;
import org.feedwatch.feed.WebSubState;
import org.feedwatch.feed.WebSubSubscription;

/** The transactional steps of WebSub: what to ask a hub, what it answered, its verifications, the push secret. */
@ApplicationScoped
@Transactional
public class WebSubService {

    @Inject
    FeedRepository feeds;

    @Inject
    CallbackTokens tokens;

    @Inject
    WebSubConfig config;

    @Inject
    ServerConfig server;

    @Inject
    Clock clock;

    /** Where pushed content for a feed is checked and parsed: the secret and the URL relative links resolve on. */
    public record PushTarget(byte[] secret, URI base) {
    }

    /** The subscribe request the feed needs now (a new hub, a renewal, a retry); empty when none is due. */
    public Optional<HubRequest> subscribeRequest(long feedId) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Optional<Feed> found = feeds.find(feedId);
        if (found.isEmpty() || found.get().webSub().hub().isEmpty() || !found.get().enabled()) {
            return Optional.empty();
        }
        WebSubSubscription sub = found.get().webSub();
        Instant now = clock.instant();
        if (!SubscribePolicy.due(sub.state(), sub.leaseExpiresAt(), sub.requestedAt(), now, config.renewBefore())) {
            return Optional.empty();
        }
        Optional<URI> hub = httpUri(sub.hub().get());
        if (hub.isEmpty()) {
            sub.requestFailed("the hub URL is not a usable http(s) URL: " + sub.hub().get(), now);
            return Optional.empty();
        }
        sub.assignToken(tokens.newToken(feedId));
        String token = sub.token().orElseThrow();
        return Optional.of(new HubRequest(feedId, hub.get(), "subscribe", sub.topic().orElseThrow(),
                callback(feedId, token), Optional.of(tokens.secret(token)), Optional.of(config.lease())));
    }

    /** The hub's answer to {@code request}: accepted (2xx, verification follows) or the error. */
    public void recordAnswer(HubRequest request, Optional<String> error) {
        feeds.find(request.feedId()).map(Feed::webSub)
                .filter(sub -> sub.hub().filter(request.hub().toString()::equals).isPresent())
                .ifPresent(sub -> {
                    Instant now = clock.instant();
                    error.ifPresentOrElse(e -> sub.requestFailed(e, now), () -> sub.requested(now));
                });
    }

    /** The hub's verification GET on {@code /websub/<feedId>/<token>}; a confirmed subscribe starts the lease. */
    public Verification.Outcome verify(long feedId, String token, Verification.Request request) {
        Optional<Feed> feed = feeds.find(feedId);
        Optional<WebSubSubscription> sub = feed.map(Feed::webSub);
        Verification.Callback callback = new Verification.Callback(feed.isPresent(),
                sub.flatMap(WebSubSubscription::token).filter(stored -> CallbackTokens.same(token, stored))
                        .isPresent(),
                tokens.issued(feedId, token), sub.flatMap(WebSubSubscription::topic),
                sub.map(WebSubSubscription::state).orElse(WebSubState.NONE));
        Verification.Outcome outcome = Verification.decide(request, callback, clock.instant(), config.lease());
        if (outcome instanceof Verification.Confirm confirm && confirm.leaseUntil().isPresent()) {
            sub.orElseThrow().verified(confirm.leaseUntil().get());
        } else if (outcome instanceof Verification.Denied denied) {
            sub.orElseThrow().denied(denied.reason());
        }
        return outcome;
    }

    /**
     * The secret for content pushed to {@code /websub/<feedId>/<token>}: only while that subscription is active and
     * the feed enabled (a feed disabled by hand or gone takes no news from its hub either).
     */
    public Optional<PushTarget> pushTarget(long feedId, String token) {
        Instant now = clock.instant();
        return feeds.find(feedId)
                .filter(Feed::enabled)
                .filter(feed -> feed.webSub().isActive(now))
                .filter(feed -> feed.webSub().token().filter(stored -> CallbackTokens.same(token, stored))
                        .isPresent())
                .map(feed -> new PushTarget(tokens.secret(feed.webSub().token().get())
                        .getBytes(StandardCharsets.UTF_8), URI.create(feed.url())));
    }

    /** The unsubscribe request for a feed about to be deleted; empty when it has no subscription to end. */
    public Optional<HubRequest> unsubscribeRequest(long feedId) {
        return feeds.find(feedId).map(Feed::webSub)
                .filter(sub -> sub.state() == WebSubState.PENDING || sub.state() == WebSubState.ACTIVE)
                .filter(sub -> sub.token().isPresent() && sub.topic().isPresent())
                .flatMap(sub -> httpUri(sub.hub().orElse("")).map(hub -> new HubRequest(feedId, hub,
                        "unsubscribe", sub.topic().get(), callback(feedId, sub.token().get()), Optional.empty(),
                        Optional.empty())));
    }

    private String callback(long feedId, String token) {
        return server.baseUrl() + "/websub/" + feedId + "/" + token;
    }

    private static Optional<URI> httpUri(String text) {
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
