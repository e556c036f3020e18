package org.feedwatch.bench.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.feedwatch.digest.BenchmarkCorpus;

/**
 * One configuration of the benchmark, in a JVM of its own (started by {@link DigestDeliveryBenchmark} with or
 * without the StreamProvider property): warms up, runs every step against the running smtp-sink and writes the
 * results, one line each, to {@code bench.result}, and a digest-sized message to {@code bench.sample}.
 */
public final class DeliveryRun {

    private DeliveryRun() {
    }

    public static void main(String[] args) throws Exception {
        int digests = Integer.getInteger("bench.digests", 10_000);
        int entries = Integer.getInteger("bench.entries", 20);
        int warmup = Integer.getInteger("bench.warmup", 2_000);
        int port = Integer.getInteger("bench.smtp.port", 25_251);
        int connections = Integer.getInteger("bench.connections", 2);
        long sinkPid = Long.getLong("bench.sink.pid", -1);
        Path result = Path.of(System.getProperty("bench.result"));
        Path sample = Path.of(System.getProperty("bench.sample"));

        log("jakarta.mail.util.StreamProvider=" + System.getProperty("jakarta.mail.util.StreamProvider", "(not set)"));
        BenchmarkCorpus corpus = new BenchmarkCorpus(entries);
        List<BenchmarkCorpus.Due> dues = new ArrayList<>(digests);
        for (int i = 0; i < digests; i++) {
            dues.add(corpus.due(i));
        }
        DeliveryPhases phases = new DeliveryPhases(corpus, dues, port,
                () -> sinkPid < 0 ? -1 : Cpu.ofProcess(sinkPid));
        log("warm-up (not measured)");
        phases.renderAndSend(warmup, 0);
        ParallelDelivery.run(phases, warmup, connections, 0);
        phases.renderOnly(warmup);
        phases.mimeOnly(Math.min(warmup, 500));

        List<Result> results = new ArrayList<>();
        results.add(log(phases.composeOnly(digests)));
        log("entries shown per digest: " + (double) phases.shownEntries() / digests);
        results.add(log(phases.renderOnly(digests)));
        List<Result> mime = phases.mimeOnly(digests);
        mime.forEach(r -> results.add(log(r)));
        long averageBytes = mime.get(1).bytes() / digests;
        Files.write(sample, phases.sample(averageBytes));
        results.add(log(phases.sendOnly(digests, 200)));
        results.add(log(phases.renderAndSend(digests, averageBytes)));
        results.add(log(ParallelDelivery.run(phases, digests, connections, averageBytes)));
        phases.precompose(digests);
        results.add(log(phases.renderAndSendComposed(digests, averageBytes)));
        results.add(log(ParallelDelivery.run(phases, digests, connections, averageBytes, true)));
        Files.write(result, results.stream().map(Result::line).toList());
        log("blackhole " + phases.blackhole());
    }

    private static <T> T log(T value) {
        System.out.println("[bench run] " + value);
        return value;
    }
}
