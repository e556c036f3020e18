package org.feedwatch.bench.mail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postfix's test programs: {@code smtp-sink} (accepts SMTP and throws the mail away) and {@code smtp-source} (a
 * trivial C sender). Both come with Debian's postfix package; postfix itself is never started. The sink listens on
 * 127.0.0.1 only.
 */
final class PostfixTools implements AutoCloseable {

    static final String INSTALL_HINT = "smtp-sink and smtp-source were not found (looked in /usr/sbin,"
            + " /usr/local/sbin and PATH). Install Debian's postfix package, which ships both and is not started by"
            + " installing it: sudo DEBIAN_FRONTEND=noninteractive apt-get install -y postfix"
            + " (on Debian, choose \"No configuration\" if asked).";
    private static final Pattern MESSAGES = Pattern.compile("mesg=(\\d+)");

    private final Path source;
    private final Process sink;
    private final Path sinkLog;
    private final int port;

    private PostfixTools(Path source, Process sink, Path sinkLog, int port) {
        this.source = source;
        this.sink = sink;
        this.sinkLog = sinkLog;
        this.port = port;
    }

    /**
     * Starts smtp-sink on 127.0.0.1:port and waits until it accepts connections.
     *
     * @throws IllegalStateException with the install hint when the programs are missing
     */
    static PostfixTools start(int port, Path work) throws IOException, InterruptedException {
        Path sinkBinary = find("smtp-sink").orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
        Path sourceBinary = find("smtp-source").orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
        List<String> command = new ArrayList<>(List.of(sinkBinary.toString(), "-c"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("-u", "nobody")); // smtp-sink refuses to run as root without it
        }
        command.addAll(List.of("127.0.0.1:" + port, "1000"));
        Path log = work.resolve("smtp-sink.out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PostfixTools tools = new PostfixTools(sourceBinary, process, log, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return tools;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    tools.close();
                    throw new IOException("smtp-sink did not start on 127.0.0.1:" + port + ": "
                            + Files.readString(log).strip());
                }
                Thread.sleep(50);
            }
        }
    }

    private static Optional<Path> find(String name) {
        List<String> dirs = new ArrayList<>(List.of("/usr/sbin", "/usr/local/sbin"));
        dirs.addAll(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)).filter(Files::isExecutable)
                .findFirst();
    }

    /** Where the sink listens. */
    int port() {
        return port;
    }

    /** The sink's CPU time so far (user + system), from /proc; -1 when it cannot be read. */
    double sinkCpuSeconds() {
        return Cpu.ofProcess(sink.pid());
    }

    /** Messages the sink has counted so far (its -c counter), or -1 when not readable. */
    long sinkMessages() throws IOException {
        Matcher m = MESSAGES.matcher(Files.readString(sinkLog));
        long last = -1;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    /** The sink's process id, for a run JVM to read its CPU time. */
    long sinkPid() {
        return sink.pid();
    }

    /**
     * Runs {@code smtp-source -s sessions -d -m count -F message}: {@code sessions} sessions in parallel, each
     * sending message after message over its own connection (-d), {@code count} in all, each the bytes of
     * {@code message}, no pipelining (smtp-source has none, Jakarta Mail does not use it).
     */
    SourceRun runSource(int count, Path message, int sessions) throws IOException, InterruptedException {
        List<String> command = List.of(source.toString(), "-s", Integer.toString(sessions), "-d", "-m",
                Integer.toString(count),
                "-F", message.toString(), "-f", "alerts@feedwatch.example.org", "-t", "reader@subscribers.example.net",
                "-M", "feedwatch.example.org", "127.0.0.1:" + port);
        double sinkBefore = sinkCpuSeconds();
        double childrenBefore = Cpu.ofReapedChildren();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IOException("smtp-source failed (exit " + exit + "): " + output.strip());
        }
        return new SourceRun(String.join(" ", command), sessions, count, seconds,
                Cpu.ofReapedChildren() - childrenBefore, sinkCpuSeconds() - sinkBefore);
    }

    /** One smtp-source run: wall seconds, its own CPU and the sink's CPU during the run. */
    record SourceRun(String command, int sessions, int messages, double seconds, double sourceCpu, double sinkCpu) {
        double perSecond() {
            return messages / seconds;
        }
    }

    @Override
    public void close() {
        sink.destroy();
        try {
            if (!sink.waitFor(5, TimeUnit.SECONDS)) {
                sink.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
