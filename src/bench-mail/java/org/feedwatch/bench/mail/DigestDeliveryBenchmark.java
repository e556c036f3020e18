package org.feedwatch.bench.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.feedwatch.digest.DigestView;

/**
 * Runs the digest-delivery benchmark (issue 5) and writes the "Digest delivery" section of BENCHMARKS.md. Settings,
 * as system properties: {@code bench.digests} (10000), {@code bench.entries} (entries per digest, 20),
 * {@code bench.warmup} (digests sent before measuring, 2000), {@code bench.smtp.port} (25251, smtp-sink on
 * 127.0.0.1), {@code bench.output} (BENCHMARKS.md), {@code bench.work} (target/bench-mail).
 */
public final class DigestDeliveryBenchmark {

    private DigestDeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int digests = Integer.getInteger("bench.digests", 10_000);
        int entries = Integer.getInteger("bench.entries", 20);
        int warmup = Integer.getInteger("bench.warmup", 2_000);
        int port = Integer.getInteger("bench.smtp.port", 25_251);
        Path output = Path.of(System.getProperty("bench.output", "BENCHMARKS.md"));
        Path work = Path.of(System.getProperty("bench.work", "target/bench-mail"));
        Files.createDirectories(work);
        MailBenchReport report = new MailBenchReport(digests, entries, warmup);

        log("generating " + digests + " digests of " + entries + " entries");
        DigestCorpus corpus = new DigestCorpus(entries);
        List<DigestView> views = new ArrayList<>(digests);
        for (int i = 0; i < digests; i++) {
            views.add(corpus.digest(i));
        }
        try (PostfixTools tools = PostfixTools.start(port, work)) {
            log("smtp-sink listening on 127.0.0.1:" + port);
            DeliveryPhases phases = new DeliveryPhases(corpus, views, tools);
            log("warm-up (not measured): " + phases.renderAndSend(warmup, 0).seconds() + " s for " + warmup);
            phases.renderOnly(warmup);
            phases.mimeOnly(Math.min(warmup, 500));

            report.phase(log(phases.renderOnly(digests)));
            List<DeliveryPhases.Result> mime = phases.mimeOnly(digests);
            mime.forEach(r -> report.phase(log(r)));
            long averageBytes = mime.get(1).bytes() / digests;
            Path sample = work.resolve("digest-sample.eml");
            Files.write(sample, phases.sample());
            report.sample(phases.sample().length, averageBytes);

            report.before(log(tools.runSource(digests, sample)));
            report.phase(log(phases.sendOnly(digests, 200)));
            report.phase(log(phases.renderAndSend(digests, averageBytes)));
            report.after(log(tools.runSource(digests, sample)));

            Thread.sleep(300); // let the sink count the last QUIT
            long expected = 4L * digests + warmup;
            long counted = tools.sinkMessages();
            report.sinkCount(expected, counted);
            log("smtp-sink counted " + counted + " messages, expected " + expected
                    + " (blackhole " + phases.blackhole() + ")");
        }
        String section = report.markdown();
        System.out.println();
        System.out.println(section);
        MailBenchReport.writeSection(output, section);
        log("written to " + output.toAbsolutePath());
    }

    private static <T> T log(T result) {
        System.out.println("[bench] " + result);
        return result;
    }
}
