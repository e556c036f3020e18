package org.feedwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link MatchingBenchmark} and prints the BENCHMARKS.md table: {@code BenchmarkMain <output dir>
 * [JMH options]}, e.g. {@code -p rules=10000} for one size. Writes the table ({@code table.md}), JMH's
 * results ({@code jmh-result.json}) and each fork's figures into the output directory.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: BenchmarkMain <output dir> [JMH options]");
        }
        Path dir = Paths.get(args[0]).toAbsolutePath();
        prepare(dir);
        CommandLineOptions jmhArgs = new CommandLineOptions(Arrays.copyOfRange(args, 1, args.length));
        ChainedOptionsBuilder options = new OptionsBuilder().parent(jmhArgs)
                .jvmArgsPrepend("-D" + BenchStats.DIR_PROPERTY + "=" + dir)
                .resultFormat(ResultFormatType.JSON)
                .result(dir.resolve("jmh-result.json").toString());
        if (jmhArgs.getIncludes().isEmpty()) {
            options.include(MatchingBenchmark.class.getName());
        }
        String loadBefore = loadAverage();
        Collection<RunResult> results = new Runner(options.build()).run();
        String table = ResultTable.of(results, dir).markdown()
                + "\n" + machine(loadBefore) + "\n";
        Files.writeString(dir.resolve("table.md"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
        System.out.println("Written to " + dir.resolve("table.md"));
    }

    /** Forgets the figures of an earlier run, so that a fork that fails cannot leave stale numbers. */
    private static void prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path file : (Iterable<Path>) old::iterator) {
                if (file.getFileName().toString().endsWith(".properties")) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String machine(String loadBefore) throws IOException {
        String cpu = "unknown";
        Path cpuinfo = Paths.get("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            }
        }
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", load average " + loadBefore + " before and " + loadAverage() + " after the run.";
    }

    private static String loadAverage() {
        return String.format(java.util.Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
