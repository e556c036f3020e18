package org.feedwatch.bench.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the results into the "Digest delivery" section of BENCHMARKS.md and puts it into the file: the section is
 * replaced when it is there (up to the next "## " heading), appended otherwise, so other sections stay untouched.
 * The baseline of the ratio is the issue's: smtp-source over one session (the mean of its runs).
 */
final class MailBenchReport {

    static final String HEADING = "## Digest delivery";
    static final double TARGET = 0.5;

    private final int digests;
    private final int entries;
    private final int warmup;
    private final int connections;
    private final String loadBefore = loadAverage();
    private List<Result> without = List.of();
    private List<Result> with = List.of();
    private final List<PostfixTools.SourceRun> sources = new ArrayList<>();
    private long sampleBytes;
    private String sinkCount = "";

    MailBenchReport(int digests, int entries, int warmup, int connections) {
        this.digests = digests;
        this.entries = entries;
        this.warmup = warmup;
        this.connections = connections;
    }

    void run(boolean property, List<Result> results) {
        if (property) {
            with = results;
        } else {
            without = results;
        }
    }

    void sample(long bytes) {
        sampleBytes = bytes;
    }

    void source(PostfixTools.SourceRun run) {
        sources.add(run);
    }

    void sinkCount(long expected, long counted) {
        sinkCount = counted == expected ? String.format(Locale.ROOT, "smtp-sink counted all %,d messages.", counted)
                : String.format(Locale.ROOT, "**smtp-sink counted %,d messages, expected %,d.**", counted, expected);
    }

    /** Messages/s of smtp-source over the given number of sessions, the mean of its runs. */
    double sourceRate(int sessions) {
        return sources.stream().filter(s -> s.sessions() == sessions).mapToDouble(PostfixTools.SourceRun::perSecond)
                .average().orElse(Double.NaN);
    }

    String markdown() {
        double baseline = sourceRate(1);
        StringBuilder md = new StringBuilder(HEADING).append("\n\n").append(String.format(Locale.ROOT, """
                Command: `mvn -B -Pbenchmark-mail process-test-classes` (defaults: `-Dbench.digests=10000 \
                -Dbench.entries=20 -Dbench.warmup=2000 -Dbench.connections=2 -Dbench.smtp.port=25251`). Needs \
                `smtp-sink` and `smtp-source` from Debian's postfix package (postfix itself is not started).

                Machine: %d cores (`nproc`), %s, Java %s, heap max %d MB; load average (1/5/15 min) before the run \
                %s, after %s.

                Workload: %,d digests of %d stories, composed by the production `DigestComposer` from generated \
                matches (1–5 rule sections, about 40 %% of the items in Belarusian or Russian, a third of the \
                stories reported by 2–3 feeds, 15 %% also matching a second rule), %,d digests before measuring, \
                each configuration in a JVM of its own. Average message %,d bytes (multipart/alternative, text + \
                HTML); smtp-source sends a %,d-byte digest as its -F file. %s

                """, Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAverage(), digests, entries, warmup,
                find(without, "MIME build + write").bytes() / digests, sampleBytes, sinkCount));
        md.append("| step | digests/s | CPU ms/digest | ratio | digests/s with property | CPU ms/digest"
                + " with property | ratio with property |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < without.size(); i++) {
            Result a = without.get(i);
            Result b = with.get(i);
            boolean headline = a.name().startsWith("render + MIME") || a.name().startsWith("composed beforehand");
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.3f | %s | %,.0f | %.3f | %s |%n",
                    headline ? "**" + a.name() + "**" : a.name(), a.perSecond(), a.cpuMsPerDigest(),
                    headline ? ratio(a, baseline) : "", b.perSecond(), b.cpuMsPerDigest(),
                    headline ? ratio(b, baseline) : ""));
        }
        md.append("\n| smtp-source → smtp-sink | after the run | msgs/s | MB/s | wall | CPU smtp-source | CPU smtp-sink |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < sources.size(); i++) {
            PostfixTools.SourceRun s = sources.get(i);
            md.append(String.format(Locale.ROOT, "| %d session%s | %s | %,.0f | %.1f | %.2f s | %.2f s | %.2f s |%n",
                    s.sessions(), s.sessions() == 1 ? "" : "s", i < 2 ? "without property" : "with property",
                    s.perSecond(), s.perSecond() * sampleBytes / 1e6, s.seconds(), s.sourceCpu(), s.sinkCpu()));
        }
        md.append("\nSend steps in detail (wall, CPU of the sending threads, of the whole JVM and of smtp-sink):\n\n"
                + "| configuration | step | MB/s | wall | CPU senders | CPU JVM | CPU smtp-sink |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (List<Result> run : List.of(without, with)) {
            for (Result r : run.stream().filter(r -> r.sinkCpu() >= 0 && r.bytes() > 0).toList()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.2f s | %.2f s | %.2f s | %.2f s |%n",
                        run == with ? "with property" : "without", r.name(), r.megabytesPerSecond(), r.seconds(),
                        r.threadCpu(), r.jvmCpu(), r.sinkCpu()));
            }
        }
        Result one = find(with, "render + MIME + send, 1");
        Result many = find(with, "render + MIME + send, " + connections);
        md.append(String.format(Locale.ROOT, "%nReading (generated): baseline smtp-source over one session %,.0f"
                + " msgs/s (mean of %d runs). With the property, %d connections reach %,.0f digests/s = **%.2f**, one"
                + " connection %,.0f = %.2f; without it %,.0f = %.2f and %,.0f = %.2f. Target ≥ %.1f (%d connections,"
                + " with the property): %s.%n", baseline, sources.stream().filter(s -> s.sessions() == 1).count(),
                connections, many.perSecond(), many.perSecond() / baseline, one.perSecond(),
                one.perSecond() / baseline, find(without, "render + MIME + send, " + connections).perSecond(),
                find(without, "render + MIME + send, " + connections).perSecond() / baseline,
                find(without, "render + MIME + send, 1").perSecond(),
                find(without, "render + MIME + send, 1").perSecond() / baseline, TARGET, connections,
                many.perSecond() / baseline >= TARGET ? "met" : "**not met**"));
        Result composed = find(with, "composed beforehand: render + MIME + send, " + connections);
        md.append(String.format(Locale.ROOT, "%nThe issue's \"render + send\" without composing (story grouping and"
                + " sections done beforehand, as the digest job does before a message reaches the outbox): %d connections"
                + " %,.0f digests/s = **%.2f** with the property (%,.0f = %.2f without); target ≥ %.1f: %s.%n",
                connections, composed.perSecond(), composed.perSecond() / baseline,
                find(without, "composed beforehand: render + MIME + send, " + connections).perSecond(),
                find(without, "composed beforehand: render + MIME + send, " + connections).perSecond() / baseline,
                TARGET, composed.perSecond() / baseline >= TARGET ? "met" : "**not met**"));
        return md.append('\n').append(METHOD).toString();
    }

    /** What the figures mean, after the generated reading (kept in the generated section). */
    static final String METHOD = """
            The ratio is digests/s over smtp-source's rate over **one** session (the issue's baseline; the mean of its runs
            in this run); smtp-source over several sessions is there for context only. "CPU ms/digest" is the CPU of the
            thread(s) doing the work, summed over the sending threads in the N-connection row.

            What it measures: what the digest job and `OutboxSender` do for each digest, with the production classes:
            `DigestComposer.compose` (story grouping, sections, signed links; from `Match`/`Item`/`Feed`/`Subscriber` objects
            built like the unit tests' `Fixtures`, database reads not timed), `TemplateRenderer.renderDigest` (the bundled
            templates), the `OutboxMessage` `DigestStore.record` makes, the signed unsubscribe URL and `MimeBuilder.build` as
            `OutboxSender` calls them, and `SmtpSink` connections (Angus Mail, the production Session properties, TCP_NODELAY).
            "render only" includes composing. The 2-connection row runs two threads, each with its own connection from one
            `SmtpSink` (one Session), taking digests from a shared counter — what `OutboxSender` does over
            `feedwatch.delivery.connections` connections. Each configuration runs in a fresh JVM, without and with
            `-Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider`; smtp-source runs after each.
            The server runs with the property (server-config/jvm.options, and the IT servers): inside Liberty the
            application's class loader loads the named provider — the mail API throws if it cannot, and every IT that sends
            mail passes with it — but how much it saves there is not measured: this is a plain JVM with the test class path.
            The "composed beforehand" rows are the issue's "render + send": digests composed (story grouping, sections) before
            the clock starts, as the digest job composes before a message reaches the outbox; the rows above them include
            composing, which costs about 0.6 ms per digest of its own.

            What it leaves out: the database (reading matches, recording the outbox row, marking it sent — one transaction per
            message in production), the reconnect after each `OutboxSender` batch, STARTTLS and authentication, a real MTA
            behind the sink and network latency (on loopback; against a remote server every message waits for four round trips,
            which a second connection would overlap). smtp-sink, both JVM threads and the other sessions on this machine share
            two cores: load averages were 3–5 during these runs. Treat differences under ~15 % as noise, in CPU per digest too.
            """;

    private static String ratio(Result r, double baseline) {
        return String.format(Locale.ROOT, "%.2f", r.perSecond() / baseline);
    }

    private static Result find(List<Result> results, String prefix) {
        return results.stream().filter(p -> p.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    /** Replaces the "Digest delivery" section of {@code file}, or appends it; creates the file when missing. */
    static void writeSection(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int start = text.indexOf(HEADING + "\n");
        if (start < 0) {
            text = text.endsWith("\n\n") ? text + section : text.stripTrailing() + "\n\n" + section;
        } else {
            int next = text.indexOf("\n## ", start + HEADING.length());
            text = text.substring(0, start) + section + (next < 0 ? "" : "\n" + text.substring(next + 1));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
