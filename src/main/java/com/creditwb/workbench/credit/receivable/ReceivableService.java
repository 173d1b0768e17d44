package com.creditwb.workbench.credit.receivable;

import com.creditwb.workbench.common.Hashes;
import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.ExcelLimits;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.StatementService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts-receivable aging lists: FINANCE (and ADMIN) import them, replacing the open items as of a
 * date all or nothing; exposure, buckets and DSO are read from the current list.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReceivableService {

    /** Per customer from the current list: open, overdue, and overdue beyond the block threshold. */
    /** A customer's open items in the current list: totals, and how many days its oldest item is overdue (0 when none is). */
    public record Totals(BigDecimal open, BigDecimal overdue, BigDecimal overdueBeyond, int daysOverdue) {

        public Totals(BigDecimal open, BigDecimal overdue, BigDecimal overdueBeyond) {
            this(open, overdue, overdueBeyond, 0);
        }
    }

    private final ReceivableImportRepository imports;
    private final ReceivableItemRepository items;
    private final CustomerService customers;
    private final StatementService statements;
    private final CurrentUser currentUser;

    private final CustomerCreditFigures figures;
    private final ReceivableItemWriter writer;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SettlementRepository settlements;

    /** An open item of an aging list as other features see it. */
    public record ListedItem(Long customerId, String invoiceNo, LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount, String currency) {

        static ListedItem of(ReceivableItem i) {
            return new ListedItem(i.getCustomerId(), i.getInvoiceNo(), i.getInvoiceDate(), i.getDueDate(), i.getAmount(), i.getCurrency());
        }
    }

    /**
     * A part of an open item settled since the list it is against (see {@link Settlement}).
     *
     * @param settledBy the record that settled it (the collections' payment)
     * @param kind what settled it, as the collections name it (a payment, a credit note, a write-off)
     */
    public record Settled(Long settledBy, Long customerId, String invoiceNo, BigDecimal amount, LocalDate paidOn, LocalDate listAsOf, String kind) {
    }

    /**
     * Published in the transaction that made a later aging list current: the list before (whose items the new one
     * shows paid when gone or smaller) and the new one, by their dates.
     */
    public record AgingListStored(LocalDate previousAsOf, LocalDate asOf) {
    }

    ReceivableService(ReceivableImportRepository imports, ReceivableItemRepository items, CustomerService customers,
            StatementService statements, CurrentUser currentUser, CustomerCreditFigures figures, ReceivableItemWriter writer,
            org.springframework.context.ApplicationEventPublisher events, SettlementRepository settlements) {
        this.events = events;
        this.settlements = settlements;
        this.figures = figures;
        this.writer = writer;
        this.imports = imports;
        this.items = items;
        this.customers = customers;
        this.statements = statements;
        this.currentUser = currentUser;
    }

    public boolean canImport() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.FINANCE);
    }

    /**
     * Reads the aging list and resolves its customers; nothing is stored.
     *
     * @param asOf the date the list is as of; when null, the date in the file's heading
     * @throws ExcelException for a file that cannot be read safely (corrupt, encrypted, too large, …)
     */
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public AgingPreview preview(byte[] bytes, String fileName, LocalDate asOf) {
        AgingWorkbookParser.Result parsed = SafeWorkbookReader.read(bytes, ExcelLimits.AGING, workbook -> new AgingWorkbookParser(workbook).parse(workbook));
        List<ExcelProblem> problems = new ArrayList<>(parsed.problems());
        LocalDate date = asOf != null ? asOf : parsed.asOf();
        if (date == null && problems.isEmpty()) {
            problems.add(ExcelProblem.at(parsed.sheet(), null, "aging.asOfMissing"));
        }
        Map<String, Long> ids = customers.idsByCodeOrUscc(parsed.lines().stream().map(AgingWorkbookParser.Line::customerKey).toList());
        List<AgingPreview.Item> resolved = new ArrayList<>();
        for (AgingWorkbookParser.Line line : parsed.lines()) {
            Long id = ids.get(line.customerKey());
            if (id == null) {
                problems.add(ExcelProblem.at(line.sheet(), line.customerCell(), "aging.unknownCustomer", line.customerKey()));
                continue;
            }
            resolved.add(new AgingPreview.Item(id, line.invoiceNo(), line.invoiceDate(), line.dueDate(), line.amount(), line.currency()));
        }
        boolean replaces = date != null && imports.findByAsOf(date).isPresent();
        return new AgingPreview(fileName, Hashes.sha256(bytes), date, List.copyOf(resolved), List.copyOf(problems), replaces,
                dropped(date, resolved));
    }

    /** How a list is meant: the whole ledger (customers it lacks owe nothing now), or only the customers it names. */
    public enum Scope {
        COMPLETE, PARTIAL
    }

    /** The list whose items the new one would take over: the current list, or the one of the same date it replaces. */
    private Optional<ReceivableImport> base(LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        Optional<ReceivableImport> sameDate = imports.findByAsOf(date);
        if (sameDate.isPresent()) {
            return sameDate;
        }
        return current().filter(c -> !c.getAsOf().isAfter(date));
    }

    private AgingPreview.Dropped dropped(LocalDate date, List<AgingPreview.Item> resolved) {
        Optional<ReceivableImport> base = base(date);
        if (base.isEmpty()) {
            return AgingPreview.Dropped.NONE;
        }
        java.util.Set<Long> named = new java.util.HashSet<>();
        resolved.forEach(i -> named.add(i.customerId()));
        Map<Long, BigDecimal> open = new HashMap<>();
        for (Object[] row : items.totalsByCustomer(base.get().getId(), base.get().getAsOf(), base.get().getAsOf())) {
            if (!named.contains((Long) row[0])) {
                open.put((Long) row[0], (BigDecimal) row[1]);
            }
        }
        Map<Long, com.creditwb.workbench.customer.CustomerRecord> who = customers.records(open.keySet());
        List<AgingPreview.DroppedCustomer> list = open.entrySet().stream()
                .map(e -> new AgingPreview.DroppedCustomer(e.getKey(), codeOf(who.get(e.getKey())), nameOf(who.get(e.getKey())), e.getValue()))
                .sorted(java.util.Comparator.comparing(AgingPreview.DroppedCustomer::open).reversed()
                        .thenComparing(AgingPreview.DroppedCustomer::code, java.util.Comparator.nullsLast(String::compareTo)))
                .toList();
        return new AgingPreview.Dropped(base.get().getAsOf(), open.size(), open.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                list);
    }

    private static String codeOf(com.creditwb.workbench.customer.CustomerRecord c) {
        return c == null ? null : c.code();
    }

    private static String nameOf(com.creditwb.workbench.customer.CustomerRecord c) {
        return c == null ? null : c.name();
    }

    /** Stores the list as complete: see {@link #confirm(AgingPreview, Scope)}. */
    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public ReceivableImport confirm(AgingPreview preview) {
        return confirm(preview, Scope.COMPLETE);
    }

    /**
     * Stores the list in one transaction, replacing a list of the same date; the latest date becomes current.
     * {@link Scope#PARTIAL}: the list covers only the customers in it — the open items of every other customer
     * in the list it takes over are kept (carried into the new list unchanged); {@link Scope#COMPLETE}: they
     * are gone, as the file says.
     */
    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public ReceivableImport confirm(AgingPreview preview, Scope scope) {
        if (!preview.storable()) {
            throw new ImportRejectedException(preview.problems().isEmpty()
                    ? List.of(ExcelProblem.of("aging.noItems")) : preview.problems());
        }
        List<AgingPreview.Item> kept = new ArrayList<>();
        if (scope == Scope.PARTIAL) {
            java.util.Set<Long> named = new java.util.HashSet<>();
            preview.items().forEach(i -> named.add(i.customerId()));
            base(preview.asOf()).ifPresent(base -> {
                for (ReceivableItem i : items.findByImportId(base.getId())) {
                    if (!named.contains(i.getCustomerId())) {
                        kept.add(new AgingPreview.Item(i.getCustomerId(), i.getInvoiceNo(), i.getInvoiceDate(), i.getDueDate(), i.getAmount(),
                                i.getCurrency()));
                    }
                }
            });
        }
        List<AgingPreview.Item> all = new ArrayList<>(preview.items());
        all.addAll(kept);
        LocalDate previous = current().map(ReceivableImport::getAsOf).orElse(null);
        imports.findByAsOf(preview.asOf()).ifPresent(old -> {
            items.deleteByImport(old.getId());
            imports.delete(old);
            imports.flush();
        });
        BigDecimal total = all.stream().map(AgingPreview.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        ReceivableImport stored = imports.saveAndFlush(new ReceivableImport(preview.asOf(), preview.fileName(), preview.sha256(),
                all.size(), total));
        writer.insert(stored.getId(), all);
        LocalDate latest = imports.findFirstByOrderByAsOfDesc().map(ReceivableImport::getAsOf).orElse(preview.asOf());
        for (ReceivableImport r : imports.findAll()) {
            boolean current = r.getAsOf().equals(latest);
            if (r.isCurrent() != current) {
                r.setCurrent(current);
            }
        }
        imports.flush();
        figures.refreshExposure();
        if (previous != null && previous.isBefore(latest) && latest.equals(preview.asOf())) {
            events.publishEvent(new AgingListStored(previous, latest));
        }
        return stored;
    }

    public Optional<ReceivableImport> current() {
        return imports.findFirstByCurrentTrue();
    }

    public List<ReceivableImport> history() {
        return imports.findAllByOrderByAsOfAsc();
    }

    /** The customer's open items in the current list, earliest due first. */
    public List<ReceivableItem> items(Long customerId) {
        return current().map(r -> items.findByImportIdAndCustomerIdOrderByDueDate(r.getId(), customerId)).orElse(List.of());
    }

    /** Records what settled open items (the caller has checked who may); the exposure is the caller's to refresh. */
    @Transactional
    public void settle(List<Settled> parts) {
        settlements.saveAllAndFlush(parts.stream().map(Settlement::new).toList());
    }

    /** Everything that settled the customer's items, oldest first. */
    public List<Settled> settlements(Long customerId) {
        return settlements.findByCustomerIdOrderByPaidOnAscIdAsc(customerId).stream().map(Settlement::record).toList();
    }

    /** What was settled against the list of the date. */
    public List<Settled> settledAgainst(LocalDate asOf) {
        return settlements.findByListAsOf(asOf).stream().map(Settlement::record).toList();
    }

    /** The current list's items of every customer with something settled against it, by customer. */
    public Map<Long, List<ListedItem>> listedOfSettled() {
        Map<Long, List<ListedItem>> map = new HashMap<>();
        current().ifPresent(r -> items.itemsOfSettled(r.getId(), r.getAsOf())
                .forEach(i -> map.computeIfAbsent(i.getCustomerId(), k -> new ArrayList<>()).add(ListedItem.of(i))));
        return map;
    }

    /** The customers with something settled against the list of the date (their balances are lower than the list shows). */
    public List<Long> customersSettledAgainst(LocalDate asOf) {
        return settlements.customersSettledAgainst(asOf);
    }

    /** A customer's receivables on a day: open, and of it not yet due (current). */
    public record Position(BigDecimal open, BigDecimal notDue) {
    }

    /**
     * Every customer's receivables on the day: the latest list dated on or before it, less what was settled against
     * that list up to the day (empty when no list is that old).
     */
    public Map<Long, Position> positionsOn(LocalDate day) {
        Map<Long, Position> map = new HashMap<>();
        Optional<ReceivableImport> list = imports.findAllByOrderByAsOfAsc().stream().filter(r -> !r.getAsOf().isAfter(day)).reduce((a, b) -> b);
        list.ifPresent(r -> {
            for (Object[] row : items.openAndNotDue(r.getId(), day)) {
                map.put((Long) row[0], new Position((BigDecimal) row[1], (BigDecimal) row[2]));
            }
            for (Object[] row : items.settledUpTo(r.getId(), r.getAsOf(), day)) {
                map.computeIfPresent((Long) row[0], (k, p) -> new Position(p.open().subtract((BigDecimal) row[1]).max(BigDecimal.ZERO),
                        p.notDue().subtract((BigDecimal) row[2]).max(BigDecimal.ZERO)));
            }
        });
        return map;
    }

    /** Per customer, the invoices dated after {@code after} and up to {@code upTo} that the aging lists showed (each once). */
    public Map<Long, BigDecimal> invoicedBetween(LocalDate after, LocalDate upTo) {
        Map<Long, BigDecimal> map = new HashMap<>();
        for (Object[] row : items.invoicedBetween(after, upTo)) {
            map.merge((Long) row[0], (BigDecimal) row[2], BigDecimal::add);
        }
        return map;
    }

    /** The current list's date, when a list is held. */
    public Optional<LocalDate> currentAsOf() {
        return current().map(ReceivableImport::getAsOf);
    }

    /** The customer's open items in the current list, earliest due first. */
    public List<ListedItem> listed(Long customerId) {
        return items(customerId).stream().map(ListedItem::of).toList();
    }

    /** Every open item of the list of the date, by customer (empty when no list has that date). */
    public Map<Long, List<ListedItem>> listedOn(LocalDate asOf) {
        Map<Long, List<ListedItem>> byCustomer = new HashMap<>();
        imports.findByAsOf(asOf).ifPresent(r -> items.findByImportId(r.getId())
                .forEach(i -> byCustomer.computeIfAbsent(i.getCustomerId(), k -> new ArrayList<>()).add(ListedItem.of(i))));
        return byCustomer;
    }

    /** A customer's open items in the current list by bucket, with the earliest due date and how many items. */
    public record Buckets(Map<Aging.Bucket, BigDecimal> amounts, LocalDate earliestDue, int items) {

        public BigDecimal overdue() {
            return amounts.entrySet().stream().filter(e -> e.getKey() != Aging.Bucket.NOT_DUE).map(Map.Entry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Every customer's open items of the current list by bucket of days past due on the day (empty without a list). */
    public Map<Long, Buckets> bucketsByCustomer(LocalDate d) {
        Map<Long, Buckets> map = new HashMap<>();
        current().ifPresent(r -> {
            for (Object[] row : items.bucketsByCustomer(r.getId(), d, d.minusDays(30), d.minusDays(60), d.minusDays(90), d.minusDays(180))) {
                Map<Aging.Bucket, BigDecimal> amounts = new java.util.EnumMap<>(Aging.Bucket.class);
                Aging.Bucket[] order = Aging.Bucket.values();
                for (int b = 0; b < order.length; b++) {
                    amounts.put(order[b], (BigDecimal) row[1 + b]);
                }
                map.put((Long) row[0], new Buckets(amounts, (LocalDate) row[7], ((Number) row[8]).intValue()));
            }
        });
        return map;
    }

    /** The customer's open items by bucket as of the current list's date; empty when no list is held. */
    public Optional<Aging.Summary> summary(Long customerId, int thresholdDays) {
        return current().map(r -> Aging.summarise(items.findByImportIdAndCustomerIdOrderByDueDate(r.getId(), customerId),
                r.getAsOf(), thresholdDays));
    }

    /** A customer's overdue amount in the list before the current one and in the current one. */
    public record OverdueChange(BigDecimal previous, BigDecimal current) {
    }

    /** Each customer's overdue in the previous aging list and in the current one (empty without two lists). */
    public Map<Long, OverdueChange> overdueChanges() {
        ReceivableImport current = current().orElse(null);
        if (current == null) {
            return Map.of();
        }
        ReceivableImport previous = history().stream().filter(r -> r.getAsOf().isBefore(current.getAsOf())).reduce((a, b) -> b).orElse(null);
        if (previous == null) {
            return Map.of();
        }
        Map<Long, BigDecimal> before = overdueByCustomer(previous);
        Map<Long, BigDecimal> now = overdueByCustomer(current);
        Map<Long, OverdueChange> changes = new HashMap<>();
        java.util.Set<Long> ids = new java.util.HashSet<>(before.keySet());
        ids.addAll(now.keySet());
        for (Long id : ids) {
            changes.put(id, new OverdueChange(before.getOrDefault(id, BigDecimal.ZERO), now.getOrDefault(id, BigDecimal.ZERO)));
        }
        return changes;
    }

    private Map<Long, BigDecimal> overdueByCustomer(ReceivableImport r) {
        Map<Long, BigDecimal> map = new HashMap<>();
        for (Object[] row : items.totalsByCustomer(r.getId(), r.getAsOf(), r.getAsOf())) {
            map.put((Long) row[0], (BigDecimal) row[2]);
        }
        return map;
    }

    /** Open, overdue and overdue-beyond-threshold per customer in the current list. */
    public Map<Long, Totals> totals(int thresholdDays) {
        Map<Long, Totals> totals = new HashMap<>();
        current().ifPresent(r -> {
            for (Object[] row : items.totalsByCustomer(r.getId(), r.getAsOf(), r.getAsOf().minusDays(thresholdDays))) {
                LocalDate earliest = (LocalDate) row[4];
                int days = earliest == null || !earliest.isBefore(r.getAsOf()) ? 0
                        : (int) java.time.temporal.ChronoUnit.DAYS.between(earliest, r.getAsOf());
                totals.put((Long) row[0], new Totals((BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3], days));
            }
        });
        return totals;
    }

    /**
     * The customer's DSO over the last {@code days} days to the current list's date: credit sales from the
     * invoices of the imported lists dated in the period, else from the latest statements' revenue.
     */
    public Optional<Dso> dso(Long customerId, int days) {
        Optional<ReceivableImport> current = current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        LocalDate asOf = current.get().getAsOf();
        BigDecimal receivables = items.findByImportIdAndCustomerIdOrderByDueDate(current.get().getId(), customerId).stream()
                .map(ReceivableItem::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal invoiced = sum(items.invoicedBetween(customerId, asOf.minusDays(days), asOf));
        if (invoiced.signum() > 0) {
            return Optional.of(Dso.of(asOf, days, receivables, invoiced, Dso.Source.INVOICES));
        }
        List<StatementService.Period> periods = statements.heldPeriods(customerId);
        if (!periods.isEmpty() && periods.get(0).values().has(LineItem.IS_REVENUE)) {
            StatementService.Period latest = periods.get(0);
            BigDecimal sales = latest.values().get(LineItem.IS_REVENUE).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(latest.days()), 2, RoundingMode.HALF_UP);
            return Optional.of(Dso.of(asOf, days, receivables, sales, Dso.Source.STATEMENTS));
        }
        return Optional.of(Dso.of(asOf, days, receivables, null, Dso.Source.NONE));
    }

    /** Portfolio DSO at each imported list's date (credit sales from the invoices of the period). */
    public List<Dso> dsoTrend(int days) {
        List<Dso> trend = new ArrayList<>();
        for (ReceivableImport r : history()) {
            BigDecimal invoiced = sum(items.invoicedBetween(r.getAsOf().minusDays(days), r.getAsOf()));
            trend.add(Dso.of(r.getAsOf(), days, r.getTotal(), invoiced.signum() > 0 ? invoiced : null, Dso.Source.INVOICES));
        }
        return trend;
    }

    private static BigDecimal sum(List<Object[]> rows) {
        return rows.stream().map(r -> (BigDecimal) r[2]).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
