package org.feedwatch.bench.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.feedwatch.delivery.BenchmarkSmtpConnection;
import org.feedwatch.delivery.MimeBuilder;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.digest.DigestView;
import org.feedwatch.digest.RenderedDigest;
import org.feedwatch.digest.TemplateRenderer;

/**
 * The measured steps, each through the production classes: {@link TemplateRenderer#renderDigest}, an
 * {@link OutboxMessage} as the digest store records it, {@link MimeBuilder#build} and the production SMTP sink's
 * connection (via {@link BenchmarkSmtpConnection}), one connection for all messages of a step.
 */
final class DeliveryPhases {

    static final String FROM = "Feedwatch <alerts@feedwatch.example.org>";
    static final String LIST_ID = "Feedwatch digests <digest.feedwatch.example.org>";

    private final DigestCorpus corpus;
    private final List<DigestView> views;
    private final TemplateRenderer renderer = new TemplateRenderer(java.util.Optional.empty());
    private final MimeBuilder builder = new MimeBuilder(FROM, LIST_ID);
    private final Session plainSession = Session.getInstance(new Properties());
    private final PostfixTools tools;
    private long blackhole;
    private byte[] sample = new byte[0];

    DeliveryPhases(DigestCorpus corpus, List<DigestView> views, PostfixTools tools) {
        this.corpus = corpus;
        this.views = views;
        this.tools = tools;
    }

    /** One measured step: how many digests, wall seconds, CPU of this JVM and of smtp-sink, bytes on the wire. */
    record Result(String name, int digests, double seconds, double threadCpu, double jvmCpu, double sinkCpu,
            long bytes) {
        double perSecond() {
            return digests / seconds;
        }

        double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    Result renderOnly(int count) {
        Meter meter = new Meter();
        for (int i = 0; i < count; i++) {
            RenderedDigest digest = renderer.renderDigest(view(i));
            blackhole += digest.html().length() + digest.text().length();
        }
        return meter.stop("render only (TemplateRenderer.renderDigest: HTML + text)", count, 0);
    }

    /**
     * Renders each digest (not timed), then times MimeBuilder.build alone and build + writeTo into a counting
     * stream; keeps the message closest to the average size as the sample for smtp-source.
     */
    List<Result> mimeOnly(int count) throws MessagingException, IOException {
        long buildNanos = 0;
        long writeNanos = 0;
        long buildCpu = 0;
        long writeCpu = 0;
        long bytes = 0;
        List<byte[]> sizes = new ArrayList<>();
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OutboxMessage message = outboxMessage(i, renderer.renderDigest(view(i)));
            long startCpu = Cpu.ofThisThread();
            long start = System.nanoTime();
            MimeMessage mime = builder.build(plainSession, message, view(i).unsubscribeUrl());
            long built = System.nanoTime();
            long builtCpu = Cpu.ofThisThread();
            CountingStream out = new CountingStream();
            mime.writeTo(out);
            long written = System.nanoTime();
            buildNanos += built - start;
            writeNanos += written - built;
            buildCpu += builtCpu - startCpu;
            writeCpu += Cpu.ofThisThread() - builtCpu;
            bytes += out.count;
            if (i < 200) {
                messages.add(message);
            }
        }
        long average = bytes / count;
        for (OutboxMessage message : messages) {
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            builder.build(plainSession, message, "https://feedwatch.example.org/unsubscribe").writeTo(wire);
            sizes.add(wire.toByteArray());
        }
        sample = sizes.stream().min((a, b) -> Long.compare(Math.abs(a.length - average), Math.abs(b.length - average)))
                .orElseThrow();
        return List.of(
                new Result("MIME build only (MimeBuilder.build)", count, buildNanos / 1e9, buildCpu / 1e9, -1, -1, 0),
                new Result("MIME build + write to bytes (no SMTP)", count, (buildNanos + writeNanos) / 1e9,
                        (buildCpu + writeCpu) / 1e9, -1, -1, bytes));
    }

    /** Sends the first {@code pool} digests' messages, built beforehand, again and again: Jakarta Mail's SMTP cost. */
    Result sendOnly(int count, int pool) throws MessagingException, IOException {
        try (BenchmarkSmtpConnection connection = new BenchmarkSmtpConnection("127.0.0.1", tools.port())) {
            List<MimeMessage> built = new ArrayList<>();
            long poolBytes = 0;
            for (int i = 0; i < pool; i++) {
                MimeMessage mime = builder.build(connection.session(),
                        outboxMessage(i, renderer.renderDigest(view(i))), view(i).unsubscribeUrl());
                CountingStream out = new CountingStream();
                mime.writeTo(out);
                poolBytes += out.count;
                built.add(mime);
            }
            Meter meter = new Meter();
            for (int i = 0; i < count; i++) {
                connection.send(built.get(i % pool));
            }
            return meter.stop("send only: " + pool + " pre-built messages over one connection (Jakarta Mail)",
                    count, poolBytes / pool * count);
        }
    }

    /** The headline: render, record, build and send every digest, all over one SMTP connection. */
    Result renderAndSend(int count, long averageBytes) throws MessagingException {
        try (BenchmarkSmtpConnection connection = new BenchmarkSmtpConnection("127.0.0.1", tools.port())) {
            Meter meter = new Meter();
            for (int i = 0; i < count; i++) {
                DigestView view = view(i);
                OutboxMessage message = outboxMessage(i, renderer.renderDigest(view));
                connection.send(builder.build(connection.session(), message, view.unsubscribeUrl()));
            }
            return meter.stop("render + MIME + send over one SMTP connection", count, averageBytes * count);
        }
    }

    /** A digest-sized message as smtp-source's -F file: the built message closest to the average size. */
    byte[] sample() {
        return sample.clone();
    }

    long blackhole() {
        return blackhole;
    }

    private DigestView view(int i) {
        return views.get(i % views.size());
    }

    private OutboxMessage outboxMessage(int i, RenderedDigest rendered) {
        DigestView view = view(i);
        String key = "daily:" + (100_000L + i) + ":2026-11-22";
        return new OutboxMessage(100_000L + i, key, view.recipient(), view.subject(), DigestCorpus.messageId(key),
                rendered.html(), rendered.text(), view.entryCount(), corpus.now());
    }

    /** Wall and CPU time of a step, this JVM's and the sink's. */
    private final class Meter {
        private final long start = System.nanoTime();
        private final long thread = Cpu.ofThisThread();
        private final double jvm = Cpu.ofThisJvm();
        private final double sink = tools.sinkCpuSeconds();

        Result stop(String name, int count, long bytes) {
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(name, count, seconds, (Cpu.ofThisThread() - thread) / 1e9, Cpu.ofThisJvm() - jvm,
                    tools.sinkCpuSeconds() - sink, bytes);
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
