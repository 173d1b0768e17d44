package com.creditwb.workbench.common.excel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What reading one workbook may cost: the cells visited and the CPU seconds spent, counted on the reading thread
 * while {@link SafeWorkbookReader#read} runs. {@link CellReader} ticks it for every cell it reads; beyond either
 * limit the read stops with an {@link ExcelException} naming the limit (a 422), so a hostile or absurd file costs a
 * few seconds of one core, never minutes.
 */
public final class ReadBudget {

    private static final ThreadLocal<ReadBudget> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int CHECK_EVERY = 4_096;

    private final ExcelLimits limits;
    private final long cpuStart;
    private long cells;

    private ReadBudget(ExcelLimits limits) {
        this.limits = limits;
        this.cpuStart = cpuNanos();
    }

    /** Starts counting for the current thread; {@link #end} stops it. */
    static ReadBudget start(ExcelLimits limits) {
        ReadBudget budget = new ReadBudget(limits);
        CURRENT.set(budget);
        return budget;
    }

    static void end() {
        CURRENT.remove();
    }

    /** One cell visited: refused beyond the cells or, checked every few thousand cells, the CPU seconds of the budget. */
    static void tick() {
        ReadBudget budget = CURRENT.get();
        if (budget != null) {
            budget.visit();
        }
    }

    /** Refused when the read going on in this thread has spent its CPU seconds (checked between unzipped blocks). */
    static void checkNow() {
        ReadBudget budget = CURRENT.get();
        if (budget != null) {
            budget.checkTime();
        }
    }

    private void visit() {
        cells++;
        if (cells > limits.maxCells()) {
            throw new ExcelException(ExcelProblem.of("budget.cells", limits.maxCells()));
        }
        if (cells % CHECK_EVERY == 0) {
            checkTime();
        }
    }

    /** Refused when the read has spent more CPU than the budget allows. */
    void checkTime() {
        if (cpuNanos() - cpuStart > limits.cpuSeconds() * 1_000_000_000L) {
            throw new ExcelException(ExcelProblem.of("budget.time", limits.cpuSeconds()));
        }
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
