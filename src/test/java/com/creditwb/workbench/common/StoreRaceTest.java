package com.creditwb.workbench.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StoreRaceTest {

    static RuntimeException race() {
        // as Spring reports it: a commit failure caused by H2's JDBC error caused by the storage engine's own
        return new org.springframework.transaction.TransactionSystemException("Could not commit",
                new java.sql.SQLException("General error", org.h2.mvstore.DataUtils.newMVStoreException(0, "Position 0")));
    }

    @Test
    void a_failure_of_h2s_storage_is_found_among_the_causes_and_nothing_else_is() {
        assertThat(StoreRace.is(race())).isTrue();
        assertThat(StoreRace.is(new IllegalStateException("Position 0"))).isFalse();
        assertThat(StoreRace.is(new RuntimeException(new java.sql.SQLException("timeout")))).isFalse();
        // a batch insert reports the row's failure as its next exception, not as its cause
        java.sql.BatchUpdateException batch = new java.sql.BatchUpdateException("File corrupted while reading record", new int[0]);
        batch.setNextException(new java.sql.SQLException("File corrupted", "90030", org.h2.mvstore.DataUtils.newMVStoreException(0, "Position 0")));
        assertThat(StoreRace.is(new RuntimeException("Error executing work", batch))).isTrue();
    }

    @Test
    void the_work_runs_once_more_after_such_a_failure_and_only_then() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(StoreRace.retriedOnce("test", () -> {
            if (runs.incrementAndGet() == 1) {
                throw race();
            }
            return "stored";
        })).isEqualTo("stored");
        assertThat(runs.get()).isEqualTo(2);

        runs.set(0);
        assertThatThrownBy(() -> StoreRace.retriedOnce("test", () -> {
            runs.incrementAndGet();
            throw race();
        })).satisfies(e -> assertThat(StoreRace.is(e)).isTrue());
        assertThat(runs.get()).as("twice at most").isEqualTo(2);

        runs.set(0);
        assertThatThrownBy(() -> StoreRace.retriedOnce("test", () -> {
            runs.incrementAndGet();
            throw new IllegalArgumentException("bad");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void a_write_h2_refused_as_a_concurrent_update_runs_once_more_and_keeps_its_connection() {
        // what H2 2.4.240 threw on an insert of a document at 1,000 documents a second (DocumentBenchmark): error 90131
        java.sql.SQLException concurrent = new java.sql.SQLTransientException("Concurrent update in table \"CREDIT_DOCUMENT\"", "90131", 90131);
        AtomicInteger runs = new AtomicInteger();
        assertThat(StoreRace.retriedOnce("test", () -> {
            if (runs.incrementAndGet() == 1) {
                throw new org.springframework.dao.CannotAcquireLockException("could not execute statement", concurrent);
            }
            return "stored";
        })).isEqualTo("stored");
        assertThat(runs.get()).isEqualTo(2);
        assertThat(new StoreRace.EvictConnection().adjudicate(concurrent)).isEqualTo(com.zaxxer.hikari.SQLExceptionOverride.Override.CONTINUE_EVICT);
    }

    @Test
    void the_pool_closes_a_connection_only_when_h2s_storage_failed_it() {
        var override = new StoreRace.EvictConnection();
        java.sql.SQLException storage = new java.sql.SQLException("General error", org.h2.mvstore.DataUtils.newMVStoreException(0, "Position 0"));
        assertThat(override.adjudicate(storage)).isEqualTo(com.zaxxer.hikari.SQLExceptionOverride.Override.MUST_EVICT);
        assertThat(override.adjudicate(new java.sql.SQLException("Concurrent update", "HYT00")))
                .isEqualTo(com.zaxxer.hikari.SQLExceptionOverride.Override.CONTINUE_EVICT);
    }

    @Test
    void a_race_hidden_behind_the_rollbacks_failure_is_run_once_more_too() {
        // the pool closed the connection after the storage failed a read, so the rollback fails with "Connection is closed"
        AtomicInteger runs = new AtomicInteger();
        RuntimeException inside = race();
        assertThat(StoreRace.retriedOnce("test", () -> runs.get() == 1 ? inside : null, () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("Unable to rollback against JDBC Connection");
            }
            return "stored";
        })).isEqualTo("stored");
        assertThat(runs.get()).isEqualTo(2);
    }
}
