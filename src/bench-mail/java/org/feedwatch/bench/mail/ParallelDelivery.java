package org.feedwatch.bench.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.feedwatch.delivery.BenchmarkSmtpConnection;

/**
 * Render + MIME + send on {@code connections} threads, each with its own SMTP connection opened from the one
 * production sink (one Session), taking the next digest from a shared counter: what OutboxSender does when it
 * drains over {@code feedwatch.delivery.connections} connections at once. The clock starts once every thread has
 * connected; the CPU figure is the sum of the sending threads' own CPU.
 */
final class ParallelDelivery {

    private ParallelDelivery() {
    }

    static Result run(DeliveryPhases phases, int count, int connections, long averageBytes) throws Exception {
        return run(phases, count, connections, averageBytes, false);
    }

    /** @param composed digests composed beforehand ({@link DeliveryPhases#precompose}): render + MIME + send only */
    static Result run(DeliveryPhases phases, int count, int connections, long averageBytes, boolean composed)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch connected = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            Thread thread = new Thread(() -> {
                try (BenchmarkSmtpConnection connection = phases.sink().open()) {
                    connected.countDown();
                    go.await();
                    long cpu = Cpu.ofThisThread();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        connection.send(composed ? phases.buildComposed(i, phases.sink().session())
                                : phases.build(i, phases.sink().session()));
                    }
                    cpuNanos.addAndGet(Cpu.ofThisThread() - cpu);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                    connected.countDown();
                }
            }, "bench-sender-" + t);
            threads.add(thread);
            thread.start();
        }
        connected.await();
        Meter meter = phases.meter();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return meter.stop((composed ? "composed beforehand: " : "") + "render + MIME + send, " + connections
                + " connections", count, averageBytes * count,
                cpuNanos.get() / 1e9);
    }
}
