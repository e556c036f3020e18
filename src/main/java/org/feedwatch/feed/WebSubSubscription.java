package org.feedwatch.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed's WebSub subscription: the hub the feed advertises, the topic subscribed, the callback token (the secret
 * shared with the hub is derived from it and the server key, so it is never stored), the state and the lease. The
 * protocol itself lives in the websub package; this records its steps.
 */
@Embeddable
public class WebSubSubscription {

    static final int MAX_URL = 2048;
    private static final int MAX_ERROR = 500;

    @Column(name = "websub_hub", length = MAX_URL)
    private String hub;

    @Column(name = "websub_topic", length = MAX_URL)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "websub_state", length = 20)
    private WebSubState state;

    @Column(name = "websub_token", length = 100)
    private String token;

    @Column(name = "websub_requested_at")
    private Instant requestedAt;

    @Column(name = "websub_lease_expires_at")
    private Instant leaseExpiresAt;

    @Column(name = "websub_last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "websub_last_push_at")
    private Instant lastPushAt;

    /**
     * What the last fetched document advertises. A new hub or topic starts over (state NONE, no lease, a new callback
     * token); a document without a hub ends the subscription on our side (the hub's lease simply runs out, and pushes
     * to the old callback are answered 410).
     */
    void advertised(Optional<String> newHub, Optional<String> newTopic) {
        Optional<String> usableHub = newHub.filter(h -> h.length() <= MAX_URL);
        Optional<String> usableTopic = newTopic.filter(t -> t.length() <= MAX_URL);
        if (usableHub.isEmpty() || usableTopic.isEmpty()) {
            if (hub != null) {
                hub = null;
                topic = null;
                startOver();
            }
            return;
        }
        if (!usableHub.get().equals(hub) || !usableTopic.get().equals(topic)) {
            hub = usableHub.get();
            topic = usableTopic.get();
            startOver();
        }
    }

    /** A new token too: the old hub, which knows the old secret, cannot push to the new subscription. */
    private void startOver() {
        state = WebSubState.NONE;
        token = null;
        leaseExpiresAt = null;
        requestedAt = null;
        lastError = null;
    }

    /** Keeps the token once assigned: the callback stays the same across renewals. */
    public void assignToken(String newToken) {
        if (token == null) {
            token = Objects.requireNonNull(newToken);
        }
    }

    /** The hub accepted a (re)subscription request; an active lease stays active until verified again. */
    public void requested(Instant now) {
        requestedAt = now;
        if (state() != WebSubState.ACTIVE) {
            state = WebSubState.PENDING;
        }
    }

    /** The hub refused the request, or could not be reached. An active lease stays active while it lasts. */
    public void requestFailed(String error, Instant now) {
        requestedAt = now;
        lastError = shorten(error);
        if (!isActive(now)) {
            state = WebSubState.FAILED;
            leaseExpiresAt = null;
        }
    }

    /** The hub verified our intent: pushed content is accepted until {@code leaseUntil}. */
    public void verified(Instant leaseUntil) {
        state = WebSubState.ACTIVE;
        leaseExpiresAt = Objects.requireNonNull(leaseUntil);
        lastError = null;
    }

    /** The hub denied the subscription (hub.mode=denied). */
    public void denied(String reason) {
        state = WebSubState.FAILED;
        leaseExpiresAt = null;
        lastError = shorten(reason);
    }

    public void pushed(Instant now) {
        lastPushAt = now;
    }

    /** True while the hub pushes: verified and the lease not over. */
    public boolean isActive(Instant now) {
        return state == WebSubState.ACTIVE && leaseExpiresAt != null && leaseExpiresAt.isAfter(now);
    }

    public Optional<String> hub() {
        return Optional.ofNullable(hub);
    }

    public Optional<String> topic() {
        return Optional.ofNullable(topic);
    }

    public WebSubState state() {
        return state == null ? WebSubState.NONE : state;
    }

    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    public Optional<Instant> requestedAt() {
        return Optional.ofNullable(requestedAt);
    }

    public Optional<Instant> leaseExpiresAt() {
        return Optional.ofNullable(leaseExpiresAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> lastPushAt() {
        return Optional.ofNullable(lastPushAt);
    }

    private static String shorten(String text) {
        String value = text == null || text.isBlank() ? "(no reason given)" : text;
        return value.length() > MAX_ERROR ? value.substring(0, MAX_ERROR) : value;
    }
}
