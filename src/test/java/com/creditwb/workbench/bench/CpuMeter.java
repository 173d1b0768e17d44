package com.creditwb.workbench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * CPU spent during a run, per request: this JVM's (the node or nodes and the load generator) from the operating system's
 * bean, and the whole machine's (every process, the database included) from {@code /proc/stat}.
 */
final class CpuMeter {

    private final long jvmNanos;
    private final long machineTicks;

    private CpuMeter(long jvmNanos, long machineTicks) {
        this.jvmNanos = jvmNanos;
        this.machineTicks = machineTicks;
    }

    static CpuMeter start() {
        return new CpuMeter(jvmNanos(), machineBusyTicks());
    }

    /** "CPU per request: JVM x ms, machine y ms" for the requests answered since start. */
    String perRequest(int requests) {
        double jvm = (jvmNanos() - jvmNanos) / 1e6 / Math.max(1, requests);
        long ticks = machineBusyTicks() - machineTicks;
        // /proc/stat counts in USER_HZ, 100 per second on Linux
        double machine = ticks < 0 ? Double.NaN : ticks * 10.0 / Math.max(1, requests);
        return String.format(Locale.ROOT, "CPU per request: this JVM %.2f ms, whole machine %.2f ms", jvm, machine);
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Busy ticks of all cores (everything but idle and iowait); -1 off Linux. */
    private static long machineBusyTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            long[] f = Arrays.stream(cpu.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
            return Arrays.stream(f).sum() - f[3] - f[4];
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
