package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class CappedBodySubscriberTest {

    /** Records what the subscriber asks of the HTTP client. */
    private static final class RecordingSubscription implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Test
    void collectsABodyUpToTheCapOneChunkAtATime() throws Exception {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(10, OptionalLong.empty());
        RecordingSubscription subscription = new RecordingSubscription();
        subscriber.onSubscribe(subscription);
        assertEquals(1, subscription.requested);
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {1, 2, 3}), ByteBuffer.wrap(new byte[] {4, 5})));
        assertEquals(2, subscription.requested);
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {6, 7, 8, 9, 10})));
        subscriber.onComplete();
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                subscriber.getBody().toCompletableFuture().get());
        assertEquals(false, subscription.cancelled);
    }

    @Test
    void cancelsAndFailsAsSoonAsTheCapIsPassed() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(10, OptionalLong.empty());
        RecordingSubscription subscription = new RecordingSubscription();
        subscriber.onSubscribe(subscription);
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[8])));
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[3])));
        assertTrue(subscription.cancelled);
        assertEquals(2, subscription.requested, "no more data asked for after the cap");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> subscriber.getBody().toCompletableFuture().get());
        assertInstanceOf(CappedBodySubscriber.OverCapException.class, e.getCause());
    }

    @Test
    void refusesADeclaredLengthOverTheCapWithoutReading() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(10, OptionalLong.of(11));
        RecordingSubscription subscription = new RecordingSubscription();
        subscriber.onSubscribe(subscription);
        assertTrue(subscription.cancelled);
        assertEquals(0, subscription.requested);
        assertTrue(subscriber.getBody().toCompletableFuture().isCompletedExceptionally());
    }

    @Test
    void discardingReadsNothing() throws Exception {
        CappedBodySubscriber subscriber = CappedBodySubscriber.discarding();
        RecordingSubscription subscription = new RecordingSubscription();
        subscriber.onSubscribe(subscription);
        assertTrue(subscription.cancelled);
        assertEquals(0, subscription.requested);
        assertEquals(0, subscriber.getBody().toCompletableFuture().get().length);
    }

    @Test
    void abortCancelsTheSubscription() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(10, OptionalLong.empty());
        RecordingSubscription subscription = new RecordingSubscription();
        subscriber.onSubscribe(subscription);
        subscriber.abort(new java.io.IOException("deadline"));
        assertTrue(subscription.cancelled);
        assertTrue(subscriber.getBody().toCompletableFuture().isCompletedExceptionally());
    }
}
