package org.feedwatch.bench.mail;

import java.util.function.DoubleSupplier;

/** Wall time of a step, CPU of the calling thread, of this JVM and of the sink, from its start to {@link #stop}. */
final class Meter {

    private final DoubleSupplier sinkCpu;
    private final long start = System.nanoTime();
    private final long thread = Cpu.ofThisThread();
    private final double jvm = Cpu.ofThisJvm();
    private final double sink;

    Meter(DoubleSupplier sinkCpu) {
        this.sinkCpu = sinkCpu;
        this.sink = sinkCpu.getAsDouble();
    }

    Result stop(String name, int count, long bytes) {
        return stop(name, count, bytes, (Cpu.ofThisThread() - thread) / 1e9);
    }

    /** @param workerCpu CPU seconds of the threads that did the work, when it was not the calling thread */
    Result stop(String name, int count, long bytes, double workerCpu) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double sinkNow = sinkCpu.getAsDouble();
        return new Result(name, count, seconds, workerCpu, Cpu.ofThisJvm() - jvm,
                sink < 0 || sinkNow < 0 ? -1 : sinkNow - sink, bytes);
    }
}
