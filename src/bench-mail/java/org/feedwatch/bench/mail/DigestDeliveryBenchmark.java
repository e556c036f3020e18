package org.feedwatch.bench.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the digest-delivery benchmark (issue 5) and writes the "Digest delivery" section of BENCHMARKS.md. Starts
 * smtp-sink, then runs {@link DeliveryRun} in a JVM of its own twice, without and with
 * {@code -Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider}, each followed by
 * smtp-source over one session and over {@code bench.connections} sessions with a digest-sized message. Settings,
 * as system properties: {@code bench.digests} (10000), {@code bench.entries} (stories per digest, 20),
 * {@code bench.warmup} (2000), {@code bench.connections} (2), {@code bench.smtp.port} (25251, smtp-sink on
 * 127.0.0.1), {@code bench.output} (BENCHMARKS.md), {@code bench.work} (target/bench-mail).
 */
public final class DigestDeliveryBenchmark {

    static final String PROVIDER_PROPERTY =
            "-Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider";

    private DigestDeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int digests = Integer.getInteger("bench.digests", 10_000);
        int entries = Integer.getInteger("bench.entries", 20);
        int warmup = Integer.getInteger("bench.warmup", 2_000);
        int connections = Integer.getInteger("bench.connections", 2);
        int port = Integer.getInteger("bench.smtp.port", 25_251);
        Path output = Path.of(System.getProperty("bench.output", "BENCHMARKS.md"));
        Path work = Path.of(System.getProperty("bench.work", "target/bench-mail"));
        Files.createDirectories(work);
        MailBenchReport report = new MailBenchReport(digests, entries, warmup, connections);
        Path sample = work.resolve("digest-sample.eml");

        try (PostfixTools tools = PostfixTools.start(port, work)) {
            System.out.println("[bench] smtp-sink listening on 127.0.0.1:" + port);
            for (boolean property : List.of(false, true)) {
                Path result = work.resolve(property ? "run-with-property.tsv" : "run-without-property.tsv");
                runJvm(property, tools.sinkPid(), result, sample);
                report.run(property, Files.readAllLines(result).stream().map(Result::parse).toList());
                report.sample(Files.size(sample));
                report.source(log(tools.runSource(digests, sample, 1)));
                report.source(log(tools.runSource(digests, sample, connections)));
            }
            Thread.sleep(300); // let the sink count the last QUIT
            // per configuration: two warm-up sends, then send-only, render+send on 1 and N connections, the same two
            // composed beforehand; plus smtp-source's 1- and N-session runs after each configuration
            long expected = 2 * (2L * warmup + 5L * digests) + 4L * digests;
            long counted = tools.sinkMessages();
            report.sinkCount(expected, counted);
            System.out.println("[bench] smtp-sink counted " + counted + " messages, expected " + expected);
        }
        String section = report.markdown();
        System.out.println();
        System.out.println(section);
        MailBenchReport.writeSection(output, section);
        System.out.println("[bench] written to " + output.toAbsolutePath());
    }

    /** A JVM like this one (same class path, heap), with or without the property, running {@link DeliveryRun}. */
    private static void runJvm(boolean property, long sinkPid, Path result, Path sample)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m"));
        if (property) {
            command.add(PROVIDER_PROPERTY);
        }
        for (String name : List.of("bench.digests", "bench.entries", "bench.warmup", "bench.connections",
                "bench.smtp.port")) {
            if (System.getProperty(name) != null) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        command.addAll(List.of("-Dbench.sink.pid=" + sinkPid, "-Dbench.result=" + result, "-Dbench.sample=" + sample,
                "-cp", System.getProperty("java.class.path"), DeliveryRun.class.getName()));
        System.out.println("[bench] " + String.join(" ", command.subList(0, command.size() - 3)) + " … "
                + DeliveryRun.class.getSimpleName());
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException("the benchmark run failed (exit " + exit + ")");
        }
    }

    private static <T> T log(T result) {
        System.out.println("[bench] " + result);
        return result;
    }
}
