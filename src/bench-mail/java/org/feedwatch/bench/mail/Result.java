package org.feedwatch.bench.mail;

import java.util.Locale;

/**
 * One measured step: how many digests, wall seconds, CPU of the working thread(s) (summed), of this JVM and of
 * smtp-sink (-1: not measured), bytes on the wire (0: none). One tab-separated line when a run JVM hands it to the
 * benchmark's main JVM.
 */
record Result(String name, int digests, double seconds, double threadCpu, double jvmCpu, double sinkCpu, long bytes) {

    double perSecond() {
        return digests / seconds;
    }

    double megabytesPerSecond() {
        return bytes / seconds / 1e6;
    }

    /** Milliseconds of the working threads' CPU per digest. */
    double cpuMsPerDigest() {
        return 1000 * threadCpu / digests;
    }

    String line() {
        return String.join("\t", name, Integer.toString(digests), Double.toString(seconds), Double.toString(threadCpu),
                Double.toString(jvmCpu), Double.toString(sinkCpu), Long.toString(bytes));
    }

    static Result parse(String line) {
        String[] f = line.split("\t");
        return new Result(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %,.0f digests/s, %.2f s, %.3f ms CPU/digest, JVM %.2f s, sink %.2f s",
                name, perSecond(), seconds, cpuMsPerDigest(), jvmCpu, sinkCpu);
    }
}
