package org.feedwatch.bench.mail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of this JVM, of a running child process, and of the children this JVM has waited for (Linux /proc). */
final class Cpu {

    /** USER_HZ: /proc/[pid]/stat counts clock ticks, 100 per second on Linux. */
    private static final double TICKS = 100.0;

    private Cpu() {
    }

    static double ofThisJvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU nanoseconds of the calling thread: what one core spends, whatever the machine's load. */
    static long ofThisThread() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static double ofProcess(long pid) {
        return stat(Path.of("/proc", Long.toString(pid), "stat"), 11);
    }

    /** cutime + cstime of this JVM: the CPU of children it has reaped (smtp-source once it exits). */
    static double ofReapedChildren() {
        return stat(Path.of("/proc/self/stat"), 13);
    }

    /** Sum of two tick fields; {@code first} is the index after the command name of utime (11) or cutime (13). */
    private static double stat(Path file, int first) {
        try {
            String text = Files.readString(file);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3 of stat); utime is field 14, so fields[11]; cutime fields[13].
            return (Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
