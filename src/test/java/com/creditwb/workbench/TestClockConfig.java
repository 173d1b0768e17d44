package com.creditwb.workbench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Tests never depend on today's date: every service that asks the clock (DSO, aging, review dates, history
 * scores, overdue actions, locks) sees {@link #TODAY}, and so does the demo data the tests start from.
 */
@Configuration
@Profile("test")
public class TestClockConfig {

    /**
     * The day every test runs on: 1 December 2026, 10:00 UTC, in the machine's zone — or another instant and zone given as
     * {@code -Dworkbench.test.today=2029-03-15T22:30:00Z -Dworkbench.test.zone=Pacific/Auckland}, to prove that the suite
     * depends on neither the calendar nor the zone.
     */
    public static final Instant TODAY = Instant.parse(System.getProperty("workbench.test.today", "2026-12-01T10:00:00Z"));

    /** The zone of the test clock. */
    public static final ZoneId ZONE = System.getProperty("workbench.test.zone") == null ? ZoneId.systemDefault()
            : ZoneId.of(System.getProperty("workbench.test.zone"));

    /** The test day as a date in the test zone. */
    public static final java.time.LocalDate DATE = java.time.LocalDate.ofInstant(TODAY, ZONE);

    /**
     * The test day, which a test may move forward (and must move back, in a finally) to see what the clock decides the
     * next day — a promise broken the day after its date.
     */
    public static final class TestClock extends Clock {

        private static volatile java.time.Duration ahead = java.time.Duration.ZERO;

        private final ZoneId zone;

        TestClock(ZoneId zone) {
            this.zone = zone;
        }

        /** Moves every test clock forward by the given time (from the test day). */
        public static void ahead(java.time.Duration by) {
            ahead = by;
        }

        /** Back to the test day. */
        public static void reset() {
            ahead = java.time.Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new TestClock(other);
        }

        @Override
        public Instant instant() {
            return TODAY.plus(ahead);
        }
    }

    @Bean
    @Primary
    Clock fixedTestClock() {
        return new TestClock(ZONE);
    }
}
