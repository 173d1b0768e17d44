package com.creditwb.workbench.collection;

import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's open items (未清项): the current aging list's items, and the invoices posted through the document check
 * after the list's date (due after the terms of the current decision); each with what has been paid on it since the
 * list (payments against it) and its payments. Read by who may read the customer's credit.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OpenItemService {

    /** Where an item comes from. */
    public enum Origin implements com.creditwb.workbench.common.i18n.Labelled {
        AGING_LIST, INVOICE;

        @Override
        public String messageKey() {
            return "collection.item.origin." + name();
        }
    }

    /** A payment as one item shows it. */
    public record Paid(LocalDate paidOn, BigDecimal amount, String reference, Payment.Source source) {
    }

    /**
     * @param balance what is still owed (the amount less what was paid after the list's date)
     * @param daysOverdue days past the due date today (0 when not yet due)
     */
    public record Item(String invoiceNo, Origin origin, LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount, String currency,
            BigDecimal balance, long daysOverdue, List<Paid> payments) {

        public boolean open() {
            return balance.signum() > 0;
        }
    }

    private final ReceivableService receivables;
    private final DocumentService documents;
    private final AssessmentService assessments;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final PaymentRepository payments;
    private final Clock clock;
    private final com.creditwb.workbench.common.i18n.Messages messages;

    OpenItemService(ReceivableService receivables, DocumentService documents, AssessmentService assessments, CustomerService customers,
            AccessPolicy policy, PaymentRepository payments, Clock clock, com.creditwb.workbench.common.i18n.Messages messages) {
        this.messages = messages;
        this.receivables = receivables;
        this.documents = documents;
        this.assessments = assessments;
        this.customers = customers;
        this.policy = policy;
        this.payments = payments;
        this.clock = clock;
    }

    void checkRead(Long customerId) {
        policy.checkRead(customers.subject(AccessPolicy.Area.CREDIT, customerId), "Customer", customerId);
    }

    /** Whether the user may read the customer's collection status (its credit). */
    public boolean canRead(Long customerId) {
        return customers.canSeeCredit(customerId);
    }

    /** The customer's items, oldest due first, paid ones included (balance zero). */
    public List<Item> items(Long customerId) {
        checkRead(customerId);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = receivables.currentAsOf().orElse(null);
        List<ReceivableService.Settled> allocs = receivables.settlements(customerId);
        Map<Long, Payment> byId = new HashMap<>();
        payments.findByCustomerIdOrderByPaidOnDescIdDesc(customerId).forEach(p -> byId.put(p.getId(), p));
        Map<String, List<ReceivableService.Settled>> byItem = new HashMap<>();
        allocs.forEach(a -> byItem.computeIfAbsent(a.invoiceNo(), k -> new ArrayList<>()).add(a));
        List<Item> items = new ArrayList<>();
        for (ReceivableService.ListedItem l : receivables.listed(customerId)) {
            items.add(item(l.invoiceNo(), Origin.AGING_LIST, l.invoiceDate(), l.dueDate(), l.amount(), l.currency(),
                    byItem.getOrDefault(l.invoiceNo(), List.of()), byId, asOf, today));
        }
        int terms = termsDays(customerId);
        for (DocumentService.Invoice d : documents.countedInvoices(customerId, asOf)) {
            items.add(item(d.number(), Origin.INVOICE, d.date(), d.date().plusDays(terms), d.amount(), d.currency(),
                    byItem.getOrDefault(d.number(), List.of()), byId, null, today));
        }
        items.sort(Comparator.comparing(Item::dueDate).thenComparing(Item::invoiceNo));
        return items;
    }

    /** What a customer owes: open and overdue balances of its items (in their own amounts, one currency per customer). */
    public record Summary(BigDecimal open, BigDecimal overdue) {
        static Summary of(List<Item> items) {
            BigDecimal open = BigDecimal.ZERO;
            BigDecimal overdue = BigDecimal.ZERO;
            for (Item i : items) {
                open = open.add(i.balance());
                if (i.daysOverdue() > 0) {
                    overdue = overdue.add(i.balance());
                }
            }
            return new Summary(open, overdue);
        }
    }

    /** The customer's items with what they owe together, read once. */
    public record Position(List<Item> items, Summary summary) {
    }

    public Position position(Long customerId) {
        List<Item> list = items(customerId);
        return new Position(list, Summary.of(list));
    }

    /** The customer's items still owed. */
    public List<Item> openItems(Long customerId) {
        return items(customerId).stream().filter(Item::open).toList();
    }

    /**
     * The open items a request names (a promise, dispute or write-off), checked: each that is not an open item of the
     * customer is an error at {@code items[i]}; items in several currencies, or none where some are required, an error
     * at {@code items}.
     *
     * @param numbers the invoice numbers as sent (repeats count once)
     * @return the numbers, what they still owe together, and their currency (the first open item's when none is named)
     */
    public Named named(Long customerId, List<String> numbers, boolean required, List<com.creditwb.workbench.common.ValidationException.FieldError> errors) {
        List<String> named = numbers == null ? List.of() : numbers.stream().distinct().toList();
        List<Item> open = openItems(customerId);
        BigDecimal balance = BigDecimal.ZERO;
        java.util.Set<String> currencies = new java.util.TreeSet<>();
        for (int i = 0; i < named.size(); i++) {
            String n = named.get(i);
            Optional<Item> match = open.stream().filter(o -> o.invoiceNo().equals(n)).findFirst();
            if (match.isEmpty()) {
                errors.add(new com.creditwb.workbench.common.ValidationException.FieldError("items[" + i + "]", messages.get("collection.error.item")));
            } else {
                balance = balance.add(match.get().balance());
                currencies.add(match.get().currency());
            }
        }
        if (required && named.isEmpty()) {
            errors.add(new com.creditwb.workbench.common.ValidationException.FieldError("items", messages.get("collection.dispute.error.items")));
        }
        if (currencies.size() > 1) {
            errors.add(new com.creditwb.workbench.common.ValidationException.FieldError("items", messages.get("collection.promise.error.currencies")));
        }
        String currency = currencies.isEmpty() ? open.stream().map(Item::currency).findFirst().orElse("CNY") : currencies.iterator().next();
        return new Named(named, balance, currency);
    }

    /** Open items a request named: their numbers, what they owe together, their currency. */
    public record Named(List<String> numbers, BigDecimal balance, String currency) {
    }

    /** The payment terms invoices posted as documents fall due after: the current decision's, else the default. */
    int termsDays(Long customerId) {
        return assessments.decisionOwner(customerId).map(AssessmentService.DecisionOwner::termsDays).filter(t -> t != null)
                .orElse(AssessmentService.DEFAULT_TERMS);
    }

    /** The customer's payments, newest first. */
    public List<Payment> payments(Long customerId) {
        checkRead(customerId);
        return payments.findByCustomerIdOrderByPaidOnDescIdDesc(customerId);
    }

    Optional<LocalDate> listDate() {
        return receivables.currentAsOf();
    }

    /**
     * @param against only payments against the aging list of this date lower the balance (the list's amount holds the
     *     earlier ones); null: every payment (an invoice posted after the list)
     */
    private static Item item(String number, Origin origin, LocalDate invoiceDate, LocalDate due, BigDecimal amount, String currency,
            List<ReceivableService.Settled> allocs, Map<Long, Payment> payments, LocalDate against, LocalDate today) {
        BigDecimal paid = BigDecimal.ZERO;
        List<Paid> lines = new ArrayList<>();
        for (ReceivableService.Settled a : allocs) {
            Payment p = payments.get(a.settledBy());
            lines.add(new Paid(a.paidOn(), a.amount(), p == null ? null : p.getReference(), Payment.Source.valueOf(a.kind())));
            if (against == null || against.equals(a.listAsOf())) {
                paid = paid.add(a.amount());
            }
        }
        BigDecimal balance = amount.subtract(paid).max(BigDecimal.ZERO);
        long days = Math.max(0, ChronoUnit.DAYS.between(due, today));
        return new Item(number, origin, invoiceDate, due, amount, currency, balance, days, List.copyOf(lines));
    }
}
