package com.creditwb.workbench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers for test data (codes, document numbers, USCC bodies) from one sequence per test run: unique within the run,
 * and the same in every run, so that a failure repeats with the same data (the clock's nanoseconds would not).
 */
public final class TestSequence {

    private static final AtomicLong NEXT = new AtomicLong();

    private TestSequence() {
    }

    public static long next() {
        return NEXT.incrementAndGet();
    }
}
