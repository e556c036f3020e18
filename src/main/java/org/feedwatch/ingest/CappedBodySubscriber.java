package org.feedwatch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory but never more than {@code cap} bytes: it asks for one chunk at a time, and
 * as soon as the total would pass the cap (or the declared Content-Length already does) it cancels the
 * subscription, which makes HttpClient close the connection, and fails with {@link OverCapException}. Copying
 * stops at the cap, so a hostile server cannot make us buffer more than that.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than allowed. */
    static final class OverCapException extends IOException {
        private static final long serialVersionUID = 1L;

        OverCapException(long cap) {
            super("body larger than " + cap + " bytes");
        }
    }

    private final long cap;
    private final OptionalLong declaredLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private long received;

    /**
     * @param cap            the largest body accepted, in bytes; 0 discards the body without reading it
     * @param declaredLength the Content-Length header, if any
     */
    CappedBodySubscriber(long cap, OptionalLong declaredLength) {
        this.cap = cap;
        this.declaredLength = declaredLength;
    }

    /** A subscriber that reads nothing: for redirects and error statuses, whose bodies we do not want. */
    static CappedBodySubscriber discarding() {
        return new CappedBodySubscriber(0, OptionalLong.empty());
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (result.isDone()) {
            newSubscription.cancel();                           // aborted before the body started
        } else if (cap == 0) {
            newSubscription.cancel();
            result.complete(new byte[0]);
        } else if (declaredLength.isPresent() && declaredLength.getAsLong() > cap) {
            fail(new OverCapException(cap));
        } else {
            newSubscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int length = buffer.remaining();
            if (received + length > cap) {
                fail(new OverCapException(cap));
                return;
            }
            byte[] chunk = new byte[length];
            buffer.get(chunk);
            collected.write(chunk, 0, length);
            received += length;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(collected.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading (the deadline passed): cancels the subscription so the connection is closed. */
    void abort(IOException reason) {
        fail(reason);
    }

    private void fail(IOException reason) {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        result.completeExceptionally(reason);
    }
}
