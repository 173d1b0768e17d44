package com.creditwb.workbench.collection;

import com.creditwb.workbench.collection.domain.Allocation;
import com.creditwb.workbench.collection.domain.ListedPayments;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.credit.domain.Amounts;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments (回款): posted by a receivables system (FINANCE, a credit manager or ADMIN) and applied to the items named,
 * else to the oldest first; and read from each later aging list, where an item gone was paid and a smaller one partly
 * paid (less what payments posted in between already covered).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PaymentService {

    /** A payment as posted. */
    public record PaymentCommand(String customer, BigDecimal amount, String currency, LocalDate date, String reference, List<String> items) {
    }

    /** The payment stored (or found again by its reference), and what each item took. */
    public record Recorded(Payment payment, List<Allocation.Applied> applied, boolean created) {
    }

    private final PaymentRepository payments;
    private final OpenItemService items;
    private final ReceivableService receivables;
    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final PromiseService promises;
    private final com.creditwb.workbench.credit.receivable.CustomerCreditFigures figures;

    PaymentService(PaymentRepository payments, OpenItemService items, ReceivableService receivables,
            CustomerService customers, CurrentUser currentUser, Messages messages, Clock clock, PromiseService promises,
            com.creditwb.workbench.credit.receivable.CustomerCreditFigures figures) {
        this.figures = figures;
        this.payments = payments;
        this.items = items;
        this.receivables = receivables;
        this.customers = customers;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.promises = promises;
    }

    /** Whether the user may post payments: FINANCE, a credit manager or ADMIN. */
    public boolean canRecord() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.FINANCE, Role.CREDIT_MANAGER);
    }

    /**
     * Stores the payment and applies it. The same reference for the same customer, amount and date again finds the
     * stored payment (a retry); with another amount or date it is refused.
     */
    @Transactional
    public Recorded record(PaymentCommand c) {
        if (!canRecord()) {
            throw new AccessDeniedException(messages.get("collection.payment.error.notAllowed"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (c.customer() == null || c.customer().isBlank()) {
            errors.add(new ValidationException.FieldError("customer", messages.get("collection.error.required")));
            throw new ValidationException(errors);
        }
        Long customerId = customers.idOf(c.customer());
        items.checkRead(customerId);
        if (c.amount() == null || c.amount().signum() <= 0 || !Amounts.isLimitAmount(c.amount())) {
            errors.add(new ValidationException.FieldError("amount", messages.get("collection.error.amount")));
        }
        if (c.currency() == null || !c.currency().matches("[A-Z]{3}")) {
            errors.add(new ValidationException.FieldError("currency", messages.get("collection.error.currency")));
        }
        LocalDate today = LocalDate.now(clock);
        if (c.date() == null || c.date().isAfter(today) || c.date().isBefore(today.minusYears(10))) {
            errors.add(new ValidationException.FieldError("date", messages.get("collection.payment.error.date")));
        }
        String reference = PlainText.blankToNull(c.reference());
        if (reference != null && (reference.length() > 64 || !PlainText.isPlain(reference))) {
            errors.add(new ValidationException.FieldError("reference", messages.get("collection.error.reference")));
        }
        if (errors.isEmpty() && reference != null) {
            // a retry finds its payment before the items are checked (they may be paid by it now)
            for (Payment p : payments.findByCustomerIdAndReference(customerId, reference)) {
                if (p.getAmount().compareTo(c.amount()) == 0 && p.getPaidOn().equals(c.date()) && p.getCurrency().equals(c.currency())) {
                    List<Allocation.Applied> applied = receivables.settlements(customerId).stream()
                            .filter(a -> a.settledBy().equals(p.getId())).map(a -> new Allocation.Applied(a.invoiceNo(), a.amount())).toList();
                    return new Recorded(p, applied, false);
                }
                throw ValidationException.of("reference", messages.get("collection.payment.error.duplicate"));
            }
        }
        List<String> named = c.items() == null ? List.of() : c.items();
        List<OpenItemService.Item> open = items.openItems(customerId);
        for (int i = 0; i < named.size(); i++) {
            String n = named.get(i);
            boolean known = n != null && open.stream().anyMatch(o -> o.invoiceNo().equals(n) && o.currency().equals(c.currency()));
            if (!known) {
                errors.add(new ValidationException.FieldError("items[" + i + "]", messages.get("collection.error.item")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Allocation.Open> candidates = open.stream().filter(o -> o.currency().equals(c.currency()))
                .map(o -> new Allocation.Open(o.invoiceNo(), o.dueDate(), o.balance())).toList();
        List<Allocation.Applied> applied = Allocation.apply(c.amount(), candidates, named);
        return new Recorded(store(customerId, c.amount(), c.currency(), c.date(), reference, Payment.Source.API, applied,
                receivables.currentAsOf().orElse(null)), applied, true);
    }

    private Payment store(Long customerId, BigDecimal amount, String currency, LocalDate date, String reference, Payment.Source source,
            List<Allocation.Applied> applied, LocalDate against) {
        BigDecimal used = applied.stream().map(Allocation.Applied::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Payment p = new Payment(customerId, amount, currency, date, reference, source, amount.subtract(used));
        settle(p, applied, against);
        return p;
    }

    /** A credit note or an approved write-off settling the named items (up to their balances) against the current list, dated today. */
    Payment settleItems(Long customerId, Payment.Source source, String reference, BigDecimal amount, String currency, List<String> named) {
        List<Allocation.Open> candidates = items.openItems(customerId).stream().filter(o -> o.currency().equals(currency))
                .map(o -> new Allocation.Open(o.invoiceNo(), o.dueDate(), o.balance())).toList();
        List<Allocation.Applied> applied = Allocation.apply(amount, candidates, named);
        return store(customerId, amount, currency, LocalDate.now(clock), reference, source, applied, receivables.currentAsOf().orElse(null));
    }

    /**
     * Applies a stored payment (or a credit note or write-off recorded as one) to the items: each part lowers the item's
     * balance against the list, so the customer's exposure falls with it; promises it keeps are decided.
     */
    void settle(Payment p, List<Allocation.Applied> applied, LocalDate against) {
        payments.saveAndFlush(p);
        receivables.settle(applied.stream().map(a -> new ReceivableService.Settled(p.getId(), p.getCustomerId(), a.invoiceNo(), a.amount(),
                p.getPaidOn(), against, p.getSource().name())).toList());
        if (p.getSource() != Payment.Source.AGING_LIST) {
            figures.refresh(p.getCustomerId());
        }
        promises.settle(p.getCustomerId());
    }

    /**
     * A later aging list became current: each item of the list before that it no longer shows (or shows smaller) was
     * paid by the new list's date, less what payments posted against the list before already applied to it — one payment
     * per customer and currency, against the list before (so it does not lower the new list's items).
     */
    @EventListener
    @Transactional
    public void onAgingList(ReceivableService.AgingListStored stored) {
        Map<Long, List<ReceivableService.ListedItem>> before = receivables.listedOn(stored.previousAsOf());
        Map<Long, List<ReceivableService.ListedItem>> after = receivables.listedOn(stored.asOf());
        Map<Long, Map<String, BigDecimal>> postedBetween = new HashMap<>();
        for (ReceivableService.Settled a : receivables.settledAgainst(stored.previousAsOf())) {
            postedBetween.computeIfAbsent(a.customerId(), k -> new HashMap<>()).merge(a.invoiceNo(), a.amount(), BigDecimal::add);
        }
        String reference = "AGING " + stored.asOf();
        // one payment per customer and currency, stored together (a list names every customer): the payments, then what each settled
        List<Payment> found = new ArrayList<>();
        List<List<Allocation.Applied>> parts = new ArrayList<>();
        before.forEach((customerId, old) -> {
            Map<String, Map<String, BigDecimal>> was = new java.util.TreeMap<>();
            for (ReceivableService.ListedItem i : old) {
                was.computeIfAbsent(i.currency(), k -> new java.util.LinkedHashMap<>()).merge(i.invoiceNo(), i.amount(), BigDecimal::add);
            }
            Map<String, BigDecimal> now = new HashMap<>();
            after.getOrDefault(customerId, List.of()).forEach(i -> now.merge(i.invoiceNo(), i.amount(), BigDecimal::add));
            Map<String, BigDecimal> posted = postedBetween.getOrDefault(customerId, Map.of());
            was.forEach((currency, amounts) -> {
                List<Allocation.Applied> paid = ListedPayments.paid(amounts, now, posted);
                if (!paid.isEmpty()) {
                    found.add(new Payment(customerId, paid.stream().map(Allocation.Applied::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency,
                            stored.asOf(), reference, Payment.Source.AGING_LIST, BigDecimal.ZERO));
                    parts.add(paid);
                }
            });
        });
        payments.saveAllAndFlush(found);
        List<ReceivableService.Settled> settled = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Payment p = found.get(i);
            parts.get(i).forEach(a -> settled.add(new ReceivableService.Settled(p.getId(), p.getCustomerId(), a.invoiceNo(), a.amount(), p.getPaidOn(),
                    stored.previousAsOf(), p.getSource().name())));
        }
        receivables.settle(settled);
        promises.settleAll(found.stream().map(Payment::getCustomerId).collect(java.util.stream.Collectors.toSet()));
    }
}
