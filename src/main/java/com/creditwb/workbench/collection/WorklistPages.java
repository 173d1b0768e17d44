package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The worklist as the pages and the API read it: a snapshot of every customer's row, worked out in bulk as of today,
 * from which each user's page is cut (the customers they may read, their filter). Changes this node makes to a
 * customer's collection data (payments, promises, contacts, disputes, write-offs, letters) bring that customer's row up
 * to date before the next page; changes that reach it otherwise (an aging list, an invoice posted, another node's
 * work, a credit decision) within {@code workbench.collections.worklist-max-age} (30 s): an older snapshot is still
 * served while a fresh one is worked out in the background. A new day is worked out before the first page of the day.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WorklistPages {

    /** A page of the worklist, the number of rows in the whole list, and when the snapshot was taken. */
    public record Page(List<WorklistService.Row> rows, int total, Instant asOf) {
    }

    /** @param taken when it was worked out, by the business clock; {@code nanos} the same by the machine's (for its age) */
    private record Snapshot(LocalDate day, Instant taken, long nanos, List<WorklistService.Row> rows) {

        Duration age() {
            return Duration.ofNanos(System.nanoTime() - nanos);
        }
    }

    private final WorklistService worklist;
    private final ChangedCustomers changed;
    private final CustomerService customers;
    private final Clock clock;
    private final Duration maxAge;
    private final com.creditwb.workbench.common.BackgroundWork background;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot snapshot;

    WorklistPages(WorklistService worklist, ChangedCustomers changed, CustomerService customers, Clock clock,
            @Value("${workbench.collections.worklist-max-age:PT30S}") Duration maxAge, com.creditwb.workbench.common.BackgroundWork background) {
        this.background = background;
        this.worklist = worklist;
        this.changed = changed;
        this.customers = customers;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** An aging list changes every customer's items: the next page is worked out afresh. */
    @org.springframework.context.event.EventListener
    void agingListStored(com.creditwb.workbench.credit.receivable.ReceivableService.AgingListStored event) {
        changed.all();
    }

    /** The rows of the filter the user may read, from {@code offset}, at most {@code limit}. */
    public Page page(WorklistService.Filter filter, int offset, int limit) {
        Snapshot s = current();
        Optional<Set<Long>> readable = customers.readableOnly(AccessPolicy.Area.CREDIT);
        List<WorklistService.Row> all = s.rows().stream().filter(r -> readable.map(ids -> ids.contains(r.customerId())).orElse(true)
                && WorklistService.matches(r, filter)).toList();
        int from = Math.min(all.size(), Math.max(0, offset));
        int to = (int) Math.min(all.size(), (long) from + Math.max(0, limit));
        return new Page(all.subList(from, to), all.size(), s.taken());
    }

    private Snapshot current() {
        LocalDate today = LocalDate.now(clock);
        if (maxAge.isZero()) {
            // no snapshot kept: every page as the data stands
            changed.drain();
            return new Snapshot(today, clock.instant(), System.nanoTime(), worklist.compute(Optional.empty()));
        }
        Snapshot s = snapshot;
        if (s == null || !s.day().equals(today)) {
            return refreshNow(today);
        }
        ChangedCustomers.Drained d = changed.drain();
        if (d.all()) {
            return refreshNow(today);
        }
        if (!d.customers().isEmpty()) {
            s = patch(s, d.customers());
        }
        if (s.age().compareTo(maxAge) > 0 && refreshing.compareAndSet(false, true)) {
            try {
                background.submit("worklist snapshot", progress -> refreshNow(today), job -> refreshing.set(false));
            } catch (IllegalStateException busy) {
                refreshing.set(false); // the queue is full: the next page tries again
            }
        }
        return s;
    }

    private synchronized Snapshot refreshNow(LocalDate today) {
        Snapshot s = snapshot;
        if (s != null && s.day().equals(today) && s.age().compareTo(Duration.ofSeconds(1)) < 0) {
            return s; // another request just worked it out
        }
        Instant taken = clock.instant();
        long nanos = System.nanoTime();
        changed.drain(); // what changed before this moment is in the new snapshot
        List<WorklistService.Row> rows = SystemAuthentication.call(() -> worklist.compute(Optional.empty()));
        snapshot = new Snapshot(today, taken, nanos, List.copyOf(rows));
        return snapshot;
    }

    /** The snapshot with the rows of the customers given worked out again. */
    private synchronized Snapshot patch(Snapshot s, Set<Long> ids) {
        Snapshot base = snapshot == null ? s : snapshot;
        List<WorklistService.Row> rows = new ArrayList<>(base.rows().size() + ids.size());
        base.rows().stream().filter(r -> !ids.contains(r.customerId())).forEach(rows::add);
        for (Long id : ids) {
            SystemAuthentication.call(() -> worklist.rowOf(id)).ifPresent(rows::add);
        }
        rows.sort(WorklistService.ORDER);
        snapshot = new Snapshot(base.day(), base.taken(), base.nanos(), List.copyOf(rows));
        return snapshot;
    }
}
