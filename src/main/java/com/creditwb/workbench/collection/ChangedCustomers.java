package com.creditwb.workbench.collection;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The customers whose collection data this node changed since the worklist snapshot last looked (a payment, promise,
 * contact, dispute, write-off or letter), noted once the change is committed; or that everything changed (collector
 * rules, an aging list). No dependencies, so every collection service may tell it.
 */
@Component
class ChangedCustomers {

    /** What changed: the customers, or all. */
    record Drained(Set<Long> customers, boolean all) {

        boolean none() {
            return customers.isEmpty() && !all;
        }
    }

    private final Set<Long> customers = new HashSet<>();
    private boolean all;
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    /** A number that moves on with every change noted (what a cache of figures compares). */
    long version() {
        return version.get();
    }

    void customer(Long customerId) {
        afterCommit(() -> {
            synchronized (this) {
                customers.add(customerId);
            }
            version.incrementAndGet();
        });
    }

    void all() {
        afterCommit(() -> {
            synchronized (this) {
                all = true;
            }
            version.incrementAndGet();
        });
    }

    synchronized Drained drain() {
        Drained d = new Drained(Set.copyOf(customers), all);
        customers.clear();
        all = false;
        return d;
    }

    private static void afterCommit(Runnable note) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    note.run();
                }
            });
        } else {
            note.run();
        }
    }
}
