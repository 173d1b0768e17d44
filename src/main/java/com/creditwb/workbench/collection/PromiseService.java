package com.creditwb.workbench.collection;

import com.creditwb.workbench.collection.domain.PromiseState;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.credit.domain.Amounts;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.notifications.NotificationKind;
import com.creditwb.workbench.security.notifications.NotificationService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises to pay (付款承诺): whoever may read a customer's collection status records one (its collector, a credit
 * manager, finance, or its account manager proposing it); the clock and the payments decide its state
 * ({@link PromiseState}). A promise that falls due unkept is announced once to the collector and, as ADMIN chooses,
 * puts the customer on collection hold.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PromiseService {

    /** A promise as recorded: amount by a date, for the items named or the account as a whole. */
    public record PromiseCommand(BigDecimal amount, LocalDate date, List<String> items, String contact, String note) {
    }

    /** A promise with what was paid for it by its date and its state today. */
    public record View(Promise promise, BigDecimal paid, PromiseState state) {
    }

    private final PromiseRepository promises;
    private final com.creditwb.workbench.credit.receivable.ReceivableService receivables;
    private final OpenItemService items;
    private final CollectorService collectors;
    private final NotificationService notifications;
    private final com.creditwb.workbench.customer.CustomerService customers;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final TextChecks texts;
    private final Clock clock;
    private final com.creditwb.workbench.credit.hold.CollectionHoldService holds;

    PromiseService(TextChecks texts, PromiseRepository promises, com.creditwb.workbench.credit.receivable.ReceivableService receivables, OpenItemService items, CollectorService collectors,
            NotificationService notifications, com.creditwb.workbench.customer.CustomerService customers, CurrentUser currentUser,
            Messages messages, Clock clock, com.creditwb.workbench.credit.hold.CollectionHoldService holds) {
        this.holds = holds;
        this.promises = promises;
        this.receivables = receivables;
        this.items = items;
        this.collectors = collectors;
        this.notifications = notifications;
        this.customers = customers;
        this.currentUser = currentUser;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
    }

    /** Whether the user may record a promise for the customer: whoever may read its collection status. */
    public boolean canPromise(Long customerId) {
        return items.canRead(customerId);
    }

    @Transactional
    public Promise promise(Long customerId, PromiseCommand c) {
        items.checkRead(customerId);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (c.amount() == null || c.amount().signum() <= 0 || !Amounts.isLimitAmount(c.amount())) {
            errors.add(new ValidationException.FieldError("amount", messages.get("collection.error.amount")));
        }
        LocalDate today = LocalDate.now(clock);
        if (c.date() == null || c.date().isBefore(today) || c.date().isAfter(today.plusYears(1))) {
            errors.add(new ValidationException.FieldError("date", messages.get("collection.promise.error.date")));
        }
        OpenItemService.Named named = items.named(customerId, c.items(), false, errors);
        String contact = texts.optional(errors, "contact", c.contact(), 200, false);
        String note = texts.optional(errors, "note", c.note(), 1000, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return promises.saveAndFlush(new Promise(customerId, c.amount(), named.currency(), today, c.date(), named.numbers(), contact,
                note, currentUser.username()));
    }

    /** The customer's promises, latest date first, with their state today. */
    public List<View> promises(Long customerId) {
        items.checkRead(customerId);
        return views(promises.findByCustomerIdOrderByDueOnDescIdDesc(customerId), LocalDate.now(clock));
    }

    /** Promises with what was paid for each by its date (from the day given) and the state on the day. */
    List<View> views(List<Promise> list, LocalDate today) {
        Map<Long, List<com.creditwb.workbench.credit.receivable.ReceivableService.Settled>> byCustomer = new HashMap<>();
        List<View> views = new ArrayList<>();
        for (Promise p : list) {
            var allocs = byCustomer.computeIfAbsent(p.getCustomerId(), receivables::settlements);
            Set<String> covered = new HashSet<>(p.getItems());
            BigDecimal paid = BigDecimal.ZERO;
            for (var a : allocs) {
                if (Payment.Source.valueOf(a.kind()).money() && !a.paidOn().isBefore(p.getGivenOn()) && !a.paidOn().isAfter(p.getDueOn())
                        && (covered.isEmpty() || covered.contains(a.invoiceNo()))) {
                    paid = paid.add(a.amount());
                }
            }
            views.add(new View(p, paid, PromiseState.of(p.getAmount(), p.getDueOn(), paid, today)));
        }
        return views;
    }

    /** Per customer, how many promises due in the last 90 days were not kept in full (for the worklist's priority). */
    Map<Long, Integer> brokenRecently(Collection<Long> customerIds, LocalDate today) {
        Set<Long> wanted = new HashSet<>(customerIds);
        List<Promise> due = promises.findByDueOnBetween(today.minusDays(90), today.minusDays(1)).stream()
                .filter(p -> wanted.contains(p.getCustomerId())).toList();
        Map<Long, Integer> counts = new HashMap<>();
        for (View v : views(due, today)) {
            if (v.state().failed()) {
                counts.merge(v.promise().getCustomerId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Decides the promises of the customer that are now kept, and those past their date: each that fell due unkept is
     * announced to the customer's collector once (its settled state is kept).
     */
    @Transactional
    public void settle(Long customerId) {
        settle(promises.findByCustomerIdOrderByDueOnDescIdDesc(customerId).stream().filter(p -> p.getSettled() == PromiseState.PENDING).toList(),
                LocalDate.now(clock));
    }

    /** Decides the open promises of the customers given (after an aging list showed them paying). */
    @Transactional
    public void settleAll(java.util.Set<Long> customerIds) {
        List<Promise> open = promises.findBySettled(PromiseState.PENDING).stream().filter(p -> customerIds.contains(p.getCustomerId())).toList();
        if (!open.isEmpty()) {
            settle(open, LocalDate.now(clock));
        }
    }

    /** The daily run: every promise still open whose date has passed. */
    @Transactional
    public int settleDue() {
        LocalDate today = LocalDate.now(clock);
        return settle(promises.findBySettledAndDueOnBefore(PromiseState.PENDING, today), today);
    }

    /** Decides the promises given as of the day; returns how many fell due unkept. */
    @Transactional
    int settle(List<Promise> open, LocalDate today) {
        int failed = 0;
        boolean hold = !open.isEmpty() && collectors.settings().holdOnBrokenPromise();
        for (View v : views(open, today)) {
            if (v.state() == PromiseState.PENDING) {
                continue;
            }
            v.promise().setSettled(v.state());
            promises.save(v.promise());
            if (v.state().failed()) {
                failed++;
                Long customerId = v.promise().getCustomerId();
                if (hold) {
                    // the promise itself is on the customer's Collections tab: the hold names only its cause
                    holds.place(customerId, com.creditwb.workbench.credit.hold.CollectionHold.Cause.BROKEN_PROMISE, null);
                }
                String collector = collectors.collectorOf(customerId);
                if (collector != null) {
                    notifications.notify(List.of(collector), NotificationKind.PROMISE_BROKEN, "customers/" + customerId + "?tab=collections",
                            "promise:" + v.promise().getId(), List.of(customers.nameOf(customerId), NotificationService.amount(v.promise().getAmount()),
                                    NotificationService.date(v.promise().getDueOn()), NotificationService.amount(v.paid())));
                }
            }
        }
        return failed;
    }
}
