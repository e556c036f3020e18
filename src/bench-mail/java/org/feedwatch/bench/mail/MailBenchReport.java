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
 */
final class MailBenchReport {

    static final String HEADING = "## Digest delivery";
    static final String COMMAND = "mvn -B -Pbenchmark-mail process-test-classes";
    static final double TARGET = 0.5;

    private final int digests;
    private final int entries;
    private final int warmup;
    private final String loadBefore = loadAverage();
    private final List<DeliveryPhases.Result> phases = new ArrayList<>();
    private PostfixTools.SourceRun before;
    private PostfixTools.SourceRun after;
    private int sampleBytes;
    private long averageBytes;
    private String sinkCount = "";

    MailBenchReport(int digests, int entries, int warmup) {
        this.digests = digests;
        this.entries = entries;
        this.warmup = warmup;
    }

    void phase(DeliveryPhases.Result result) {
        phases.add(result);
    }

    void sample(int bytes, long average) {
        sampleBytes = bytes;
        averageBytes = average;
    }

    void before(PostfixTools.SourceRun run) {
        before = run;
    }

    void after(PostfixTools.SourceRun run) {
        after = run;
    }

    void sinkCount(long expected, long counted) {
        sinkCount = counted == expected ? String.format(Locale.ROOT, "smtp-sink counted all %,d messages.", counted)
                : String.format(Locale.ROOT, "**smtp-sink counted %,d messages, expected %,d.**", counted, expected);
    }

    String markdown() {
        String loadAfter = loadAverage();
        StringBuilder md = new StringBuilder(HEADING).append("\n\n")
                .append("Command: `").append(COMMAND).append("` (options: `-Dbench.digests=10000 -Dbench.entries=20")
                .append(" -Dbench.warmup=2000 -Dbench.smtp.port=25251`). Needs `smtp-sink` and `smtp-source` from")
                .append(" Debian's postfix package (`apt-get install postfix`; postfix itself is not started).\n\n")
                .append(String.format(Locale.ROOT, "Machine: %d cores (`nproc`), %s, Java %s (%s), heap max %d MB;"
                        + " load average (1/5/15 min) before the run %s, after %s.%n%n",
                        Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                        System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20, loadBefore,
                        loadAfter))
                .append(String.format(Locale.ROOT, "Workload: %,d digests of %d entries (1–5 rule sections, about"
                        + " 40 %% of the items in Belarusian or Russian, matched words highlighted in every snippet),"
                        + " %,d digests rendered and sent before measuring. Average message on the wire %,d bytes"
                        + " (multipart/alternative, text + HTML); smtp-source sends a %,d-byte digest message as its"
                        + " -F file. %s%n%n", digests, entries, warmup, averageBytes, sampleBytes, sinkCount))
                .append("| step | digests/s | MB/s | wall | CPU: bench thread (per digest) | CPU: this JVM"
                        + " | CPU: smtp-sink |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (DeliveryPhases.Result r : phases) {
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %.2f s | %.2f s (%.3f ms) | %s | %s |%n",
                    r.name().startsWith("render + MIME") ? "**" + r.name() + "**" : r.name(),
                    r.perSecond(), r.bytes() > 0 ? String.format(Locale.ROOT, "%.1f", r.megabytesPerSecond()) : "—",
                    r.seconds(), r.threadCpu(), 1000 * r.threadCpu() / r.digests(), cpu(r.jvmCpu()),
                    cpu(r.sinkCpu())));
        }
        for (PostfixTools.SourceRun s : List.of(before, after)) {
            md.append(String.format(Locale.ROOT, "| smtp-source → smtp-sink, %s (C, one connection) | %,.0f | %.1f"
                    + " | %.2f s | — | %s (smtp-source) | %s |%n", s == before ? "before" : "after", s.perSecond(),
                    s.perSecond() * sampleBytes / 1e6, s.seconds(), cpu(s.sourceCpu()), cpu(s.sinkCpu())));
        }
        md.append('\n').append(reading()).append("\n\n").append(METHOD).append('\n');
        return md.toString();
    }

    private String reading() {
        DeliveryPhases.Result render = find("render only");
        DeliveryPhases.Result build = find("MIME build only");
        DeliveryPhases.Result write = find("MIME build + write");
        DeliveryPhases.Result send = find("send only");
        DeliveryPhases.Result all = find("render + MIME");
        double limit = (before.perSecond() + after.perSecond()) / 2;
        double ratio = all.perSecond() / limit;
        double writeOnly = perDigest(write) - perDigest(build);
        return String.format(Locale.ROOT, "Reading: render + send reaches **%,.0f digests/s, %.2f of the sink's intake"
                + " from a trivial sender** (%,.0f msgs/s, the mean of the two smtp-source runs; target ≥ %.1f: %s)."
                + " CPU of the sending thread per digest: %.3f ms in all (so %,.0f digests/s on a core of its own),"
                + " of which rendering %.3f ms, MIME build %.3f ms, writing the built message %.3f ms, and Jakarta"
                + " Mail's SMTP exchange besides the write about %.3f ms (send only, less the write).",
                all.perSecond(), ratio, limit, TARGET, ratio >= TARGET ? "met" : "**not met**", perDigest(all),
                1000 / perDigest(all), perDigest(render), perDigest(build), writeOnly,
                Math.max(0, perDigest(send) - writeOnly));
    }

    /** Milliseconds of the bench thread's CPU per digest. */
    private static double perDigest(DeliveryPhases.Result r) {
        return 1000 * r.threadCpu() / r.digests();
    }

    private DeliveryPhases.Result find(String prefix) {
        return phases.stream().filter(p -> p.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    static final String METHOD = """
            What it measures: one thread does what the digest job and `OutboxSender` do for each digest, with the \
            production classes: `TemplateRenderer.renderDigest` (Pebble, bundled templates, highlighting), an \
            `OutboxMessage` as `DigestStore` records it, `MimeBuilder.build` and `SmtpSink`'s connection \
            (Angus Mail's SMTP transport with the production Session properties), one connection for every message \
            of a step. smtp-source (`-s 1 -d -m N -F file`: one session, every message over the same connection, \
            no pipelining, like Jakarta Mail) gives what the sink takes from a sender that does no work; it runs \
            before and after the Java steps to show how much the machine's load moved. MIME rows time \
            `MimeBuilder.build` alone and with `writeTo` into a counting stream (the encoding work, base64 or \
            quoted-printable, happens in the write); the rendering they need is not timed.

            What it leaves out: composing (`DigestComposer`, the database reads of matches), recording the outbox \
            row and marking it sent (JPA, one transaction per message in production), the reconnect every 100 \
            messages that `OutboxSender`'s batches make, STARTTLS and authentication, and a real MTA behind the \
            sink. Loopback has no latency: against a remote server each message waits for four round trips \
            (MAIL, RCPT, DATA, end of data), so the rate there is bounded by the network, not by these figures. \
            smtp-sink shares the two cores with the JVM; figures are from one run on a shared machine: treat \
            differences under ~15 % as noise.""";

    private static String cpu(double seconds) {
        return seconds < 0 ? "—" : String.format(Locale.ROOT, "%.2f s", seconds);
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
