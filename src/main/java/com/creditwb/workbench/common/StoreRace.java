package com.creditwb.workbench.common;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transaction refused by a race inside H2's own storage rather than by the data: H2 2.4.240 may fail a commit or
 * a read under heavy concurrent writing with {@code MVStoreException: Position 0} while it rewrites chunks
 * (h2database pull request 4374). Nothing of the failed transaction is confirmed to anyone, so work that may safely run twice — a
 * document check, which finds its document again by number — is run once more instead of answering 500.
 */
public final class StoreRace {

    private static final Logger log = LoggerFactory.getLogger(StoreRace.class);
    static final String H2_STORE_EXCEPTION = "org.h2.mvstore.MVStoreException";

    private StoreRace() {
    }

    /**
     * Whether the failure comes from H2's storage engine itself: anywhere in its causes, or in the next exceptions of a
     * JDBC batch (a batch insert reports the row's failure there, not as its cause).
     */
    public static boolean is(Throwable e) {
        return any(e, t -> H2_STORE_EXCEPTION.equals(t.getClass().getName()));
    }

    /**
     * Whether the transaction may run again: H2's storage failed it, or H2 refused a write because another transaction
     * wrote the same index entry at the same moment ({@code 90131}, "Concurrent update": seen on inserts of documents of
     * different customers at 1,000 a second) — nothing of it was stored.
     */
    static boolean retriable(Throwable e) {
        return is(e) || any(e, t -> t instanceof java.sql.SQLException sql && sql.getErrorCode() == H2_CONCURRENT_UPDATE);
    }

    static final int H2_CONCURRENT_UPDATE = 90131;

    private static boolean any(Throwable e, java.util.function.Predicate<Throwable> test) {
        java.util.ArrayDeque<Throwable> open = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (e != null) {
            open.add(e);
        }
        while (!open.isEmpty() && seen.size() < 64) {
            Throwable t = open.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                open.add(t.getCause());
            }
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                open.add(sql.getNextException());
            }
        }
        return false;
    }

    /**
     * Tells the connection pool to close a connection whose commit H2's storage failed: the failed transaction may
     * still hold its row locks, and only closing its session releases them — so that the second run can take them.
     * Named in {@code spring.datasource.hikari.exception-override-class-name}.
     */
    public static final class EvictConnection implements com.zaxxer.hikari.SQLExceptionOverride {

        @java.lang.Override
        public com.zaxxer.hikari.SQLExceptionOverride.Override adjudicate(java.sql.SQLException e) {
            return is(e) ? com.zaxxer.hikari.SQLExceptionOverride.Override.MUST_EVICT
                    : com.zaxxer.hikari.SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }

    /** Runs the work, and once more when the first run failed by such a race; any other failure as it is. */
    public static <T> T retriedOnce(String what, Supplier<T> work) {
        return retriedOnce(what, () -> null, work);
    }

    /**
     * The work in a transaction of its own, run once more when H2's storage failed it. The failure may surface as the
     * rollback's (the pool has closed the connection, {@link EvictConnection}), so what the work itself threw counts too.
     */
    public static <T> T inTransaction(org.springframework.transaction.support.TransactionTemplate tx, String what,
            org.springframework.transaction.support.TransactionCallback<T> work) {
        java.util.concurrent.atomic.AtomicReference<RuntimeException> inside = new java.util.concurrent.atomic.AtomicReference<>();
        return retriedOnce(what, inside::get, () -> {
            inside.set(null);
            return tx.execute(status -> {
                try {
                    return work.doInTransaction(status);
                } catch (RuntimeException e) {
                    inside.set(e);
                    throw e;
                }
            });
        });
    }

    /** @param inside what the work threw inside, when what reached the caller is another failure (null: none) */
    static <T> T retriedOnce(String what, Supplier<RuntimeException> inside, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!retriable(e) && !retriable(inside.get())) {
                throw e;
            }
            log.warn("{}: the database's storage failed the transaction ({}); running it once more", what, e.getMessage());
            return work.get();
        }
    }
}
