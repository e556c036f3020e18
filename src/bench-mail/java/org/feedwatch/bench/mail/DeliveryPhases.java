package org.feedwatch.bench.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.DoubleSupplier;
import org.feedwatch.delivery.BenchmarkSmtpConnection;
import org.feedwatch.delivery.MimeBuilder;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.digest.BenchmarkCorpus;
import org.feedwatch.digest.DigestView;
import org.feedwatch.digest.RenderedDigest;
import org.feedwatch.digest.TemplateRenderer;

/**
 * The measured steps on one thread, each through the production classes: {@code DigestComposer.compose} and
 * {@link TemplateRenderer#renderDigest} ("render"), an {@link OutboxMessage} as {@code DigestStore} records it,
 * {@link MimeBuilder#build} as {@code OutboxSender} calls it, and the production SMTP sink's connection.
 */
final class DeliveryPhases {

    static final String FROM = "Feedwatch <alerts@feedwatch.example.org>";
    static final String LIST_ID = "Feedwatch digests <digest.feedwatch.example.org>";
    /** feedwatch.digest.max-entries' default: every story of a 20-story digest is shown. */
    static final int MAX_ENTRIES = 50;

    private final BenchmarkCorpus corpus;
    private final List<BenchmarkCorpus.Due> dues;
    private final TemplateRenderer renderer = new TemplateRenderer(Optional.empty());
    private final MimeBuilder builder = new MimeBuilder(FROM, LIST_ID);
    private final Session plainSession = Session.getInstance(new Properties());
    private final BenchmarkSmtpConnection.Sink sink;
    private final DoubleSupplier sinkCpu;
    private long blackhole;
    private long shownEntries;
    private List<DigestView> composed = List.of();

    DeliveryPhases(BenchmarkCorpus corpus, List<BenchmarkCorpus.Due> dues, int port, DoubleSupplier sinkCpu) {
        this.corpus = corpus;
        this.dues = dues;
        this.sink = new BenchmarkSmtpConnection.Sink("127.0.0.1", port);
        this.sinkCpu = sinkCpu;
    }

    /** What the digest job and OutboxSender do for digest {@code i}, up to the MimeMessage handed to the sink. */
    MimeMessage build(int i, Session session) throws MessagingException {
        BenchmarkCorpus.Due due = due(i);
        DigestView view = corpus.compose(due, MAX_ENTRIES);
        OutboxMessage message = corpus.outboxMessage(due, view, renderer.renderDigest(view));
        return builder.build(session, message, corpus.unsubscribeUrl(due), Optional.empty());
    }

    /**
     * The same from a view composed beforehand ({@link #precompose}): render + MIME + send only, the issue's
     * "render + send", with story grouping and sectioning left out of the timed part.
     */
    MimeMessage buildComposed(int i, Session session) throws MessagingException {
        BenchmarkCorpus.Due due = due(i);
        DigestView view = composed.get(i % composed.size());
        OutboxMessage message = corpus.outboxMessage(due, view, renderer.renderDigest(view));
        return builder.build(session, message, corpus.unsubscribeUrl(due), Optional.empty());
    }

    /** Composes the first {@code count} digests (not timed) for {@link #buildComposed}. */
    void precompose(int count) {
        composed = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            composed.add(corpus.compose(due(i), MAX_ENTRIES));
        }
    }

    /** Render, record, build and send digests composed beforehand, all over one SMTP connection. */
    Result renderAndSendComposed(int count, long averageBytes) throws MessagingException {
        try (BenchmarkSmtpConnection connection = sink.open()) {
            Meter meter = meter();
            for (int i = 0; i < count; i++) {
                connection.send(buildComposed(i, sink.session()));
            }
            return meter.stop("composed beforehand: render + MIME + send, 1 connection", count,
                    averageBytes * count);
        }
    }

    Result composeOnly(int count) {
        Meter meter = meter();
        for (int i = 0; i < count; i++) {
            DigestView view = corpus.compose(due(i), MAX_ENTRIES);
            shownEntries += view.entryCount();
        }
        return meter.stop("compose only (DigestComposer: story grouping, sections)", count, 0);
    }

    Result renderOnly(int count) {
        Meter meter = meter();
        for (int i = 0; i < count; i++) {
            RenderedDigest digest = renderer.renderDigest(corpus.compose(due(i), MAX_ENTRIES));
            blackhole += digest.html().length() + digest.text().length();
        }
        return meter.stop("render only (compose + TemplateRenderer.renderDigest: HTML + text)", count, 0);
    }

    /** Renders each digest (not timed), then times MimeBuilder.build alone and build + writeTo a counting stream. */
    List<Result> mimeOnly(int count) throws MessagingException, IOException {
        long buildCpu = 0;
        long writeCpu = 0;
        long buildNanos = 0;
        long writeNanos = 0;
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            BenchmarkCorpus.Due due = due(i);
            DigestView view = corpus.compose(due, MAX_ENTRIES);
            OutboxMessage message = corpus.outboxMessage(due, view, renderer.renderDigest(view));
            String unsubscribe = corpus.unsubscribeUrl(due);
            long startCpu = Cpu.ofThisThread();
            long start = System.nanoTime();
            MimeMessage mime = builder.build(plainSession, message, unsubscribe, Optional.empty());
            long built = System.nanoTime();
            long builtCpu = Cpu.ofThisThread();
            CountingStream out = new CountingStream();
            mime.writeTo(out);
            writeNanos += System.nanoTime() - built;
            writeCpu += Cpu.ofThisThread() - builtCpu;
            buildNanos += built - start;
            buildCpu += builtCpu - startCpu;
            bytes += out.count;
        }
        return List.of(
                new Result("MIME build only (MimeBuilder.build)", count, buildNanos / 1e9, buildCpu / 1e9, -1, -1, 0),
                new Result("MIME build + write to bytes (no SMTP)", count, (buildNanos + writeNanos) / 1e9,
                        (buildCpu + writeCpu) / 1e9, -1, -1, bytes));
    }

    /** Sends the first {@code pool} digests' messages, built beforehand, again and again: Jakarta Mail's SMTP cost. */
    Result sendOnly(int count, int pool) throws MessagingException, IOException {
        try (BenchmarkSmtpConnection connection = sink.open()) {
            List<MimeMessage> built = new ArrayList<>();
            long poolBytes = 0;
            for (int i = 0; i < pool; i++) {
                MimeMessage mime = build(i, sink.session());
                CountingStream out = new CountingStream();
                mime.writeTo(out);
                poolBytes += out.count;
                built.add(mime);
            }
            Meter meter = meter();
            for (int i = 0; i < count; i++) {
                connection.send(built.get(i % pool));
            }
            return meter.stop("send only: " + pool + " pre-built messages, 1 connection", count,
                    poolBytes / pool * count);
        }
    }

    /** Compose, render, record, build and send every digest, all over one SMTP connection. */
    Result renderAndSend(int count, long averageBytes) throws MessagingException {
        try (BenchmarkSmtpConnection connection = sink.open()) {
            Meter meter = meter();
            for (int i = 0; i < count; i++) {
                connection.send(build(i, sink.session()));
            }
            return meter.stop("render + MIME + send, 1 connection", count, averageBytes * count);
        }
    }

    /** A digest-sized message as smtp-source's -F file: of the first 200, the one closest to the average size. */
    byte[] sample(long averageBytes) throws MessagingException, IOException {
        byte[] best = new byte[0];
        for (int i = 0; i < 200; i++) {
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            build(i, plainSession).writeTo(wire);
            if (Math.abs(wire.size() - averageBytes) < Math.abs(best.length - averageBytes)) {
                best = wire.toByteArray();
            }
        }
        return best;
    }

    BenchmarkSmtpConnection.Sink sink() {
        return sink;
    }

    DoubleSupplier sinkCpu() {
        return sinkCpu;
    }

    long blackhole() {
        return blackhole;
    }

    long shownEntries() {
        return shownEntries;
    }

    private BenchmarkCorpus.Due due(int i) {
        return dues.get(i % dues.size());
    }

    Meter meter() {
        return new Meter(sinkCpu);
    }

    static final class CountingStream extends OutputStream {
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
