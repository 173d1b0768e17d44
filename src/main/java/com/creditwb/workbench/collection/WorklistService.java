package com.creditwb.workbench.collection;

import com.creditwb.workbench.collection.domain.Priority;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collections worklist (催收工作清单): every customer with overdue items the user may read, with its collector, the
 * overdue amount by bucket, the oldest item's days, risk class, broken promises, last contact, next action and the
 * priority ({@link Priority}), highest first.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WorklistService {

    /** One customer's row; {@code disputed} is the amount of its disputes not yet resolved (not chased). */
    public record Row(Long customerId, String code, String name, String collector, BigDecimal overdue, Map<Aging.Bucket, BigDecimal> buckets,
            long oldestDays, String riskClass, int dunningLevel, int brokenPromises, BigDecimal disputed, LocalDate lastContact,
            String nextAction, LocalDate nextActionDate, long priority) {
    }

    /**
     * @param collector only the customers of this collector (null: everyone's the user may read)
     * @param riskClass only this risk class code (null: all)
     * @param minDays only customers whose oldest item is at least this many days overdue
     */
    public record Filter(String collector, String riskClass, int minDays) {

        public static final Filter ALL = new Filter(null, null, 0);
    }

    private final ReceivableService receivables;
    private final DocumentService documents;
    private final CustomerService customers;
    private final CollectorService collectors;
    private final PromiseService promises;
    private final ActivityRepository activities;
    private final DunningLetterRepository letters;
    private final OpenItemService items;
    private final DisputeService disputes;
    private final Clock clock;
    private final com.creditwb.workbench.security.CurrentUser currentUser;

    WorklistService(ReceivableService receivables, DocumentService documents, CustomerService customers,
            CollectorService collectors, PromiseService promises, ActivityRepository activities, Clock clock,
            com.creditwb.workbench.security.CurrentUser currentUser, DisputeService disputes, DunningLetterRepository letters, OpenItemService items) {
        this.items = items;
        this.letters = letters;
        this.disputes = disputes;
        this.currentUser = currentUser;
        this.receivables = receivables;
        this.documents = documents;
        this.customers = customers;
        this.collectors = collectors;
        this.promises = promises;
        this.activities = activities;
        this.clock = clock;
    }

    /** Whether the user is one who collects (a credit manager or finance): their worklist opens on their own customers. */
    public boolean collects() {
        return currentUser.hasAnyRole(com.creditwb.workbench.security.Role.CREDIT_MANAGER, com.creditwb.workbench.security.Role.FINANCE);
    }

    /** The worklist as it is this moment, for the customers the user may read, filtered, highest priority first. */
    public List<Row> rows(Filter filter) {
        return compute(customers.readableOnly(AccessPolicy.Area.CREDIT)).stream().filter(r -> matches(r, filter)).toList();
    }

    /** Whether a row passes the filter. */
    static boolean matches(Row r, Filter filter) {
        return (filter.collector() == null || filter.collector().equals(r.collector())) && (filter.riskClass() == null
                || filter.riskClass().equals(r.riskClass())) && r.oldestDays() >= filter.minDays();
    }

    /** The worklist's order: priority, highest first, then the customer code. */
    static final Comparator<Row> ORDER = Comparator.comparingLong(Row::priority).reversed()
            .thenComparing(Row::code, Comparator.nullsLast(String::compareTo));

    /** Every row of the customers given (empty: all), sorted; read in bulk. */
    List<Row> compute(java.util.Optional<Set<Long>> readable) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, ReceivableService.Buckets> listed = receivables.bucketsByCustomer(today);
        // customers whose list figures no longer tell the whole story: something settled since the list, or invoiced after it —
        // their items are read in bulk and their balances counted here as the open items show them
        LocalDate asOf = receivables.currentAsOf().orElse(null);
        Map<Long, Map<String, BigDecimal>> settled = new HashMap<>();
        if (asOf != null) {
            receivables.settledAgainst(asOf).forEach(s -> settled.computeIfAbsent(s.customerId(), k -> new HashMap<>())
                    .merge(s.invoiceNo(), s.amount(), BigDecimal::add));
        }
        Map<Long, List<Open>> recount = new HashMap<>();
        receivables.listedOfSettled().forEach((id, list) -> {
            Map<String, BigDecimal> paid = settled.getOrDefault(id, Map.of());
            list.forEach(i -> recount.computeIfAbsent(id, k -> new ArrayList<>()).add(new Open(i.dueDate(),
                    i.amount().subtract(paid.getOrDefault(i.invoiceNo(), BigDecimal.ZERO)))));
        });
        CollectorService.Resolver resolver = collectors.resolver();
        for (DocumentService.Invoice i : documents.countedInvoicesAfter(asOf)) {
            if (!recount.containsKey(i.customerId())) {
                // its list items as they stand, then the invoice beside them
                List<Open> base = new ArrayList<>();
                ReceivableService.Buckets b = listed.get(i.customerId());
                recount.put(i.customerId(), base);
                if (b != null) {
                    base.add(new Open(null, null, b));
                }
            }
            Integer terms = resolver.termsOf(i.customerId());
            BigDecimal paid = settled.getOrDefault(i.customerId(), Map.of()).getOrDefault(i.number(), BigDecimal.ZERO);
            recount.get(i.customerId()).add(new Open(i.date().plusDays(terms == null ? AssessmentService.DEFAULT_TERMS : terms),
                    i.amount().subtract(paid)));
        }
        readable.ifPresent(ids -> {
            listed.keySet().retainAll(ids);
            recount.keySet().retainAll(ids);
        });
        Map<Long, Figures> figures = new HashMap<>();
        listed.forEach((id, b) -> {
            if (!recount.containsKey(id)) {
                figures.put(id, Figures.of(b, today));
            }
        });
        recount.forEach((id, open) -> figures.put(id, Figures.of(open, today)));
        figures.values().removeIf(f -> f.overdue().signum() <= 0);
        Map<Long, CustomerService.Brief> records = customers.briefs();
        Map<Long, Integer> broken = promises.brokenRecently(figures.keySet(), today);
        Map<Long, BigDecimal> disputed = disputes.disputedByCustomer();
        Map<Long, Integer> levels = new HashMap<>();
        letters.levelPerCustomer().forEach(r -> levels.put((Long) r[0], ((Number) r[1]).intValue()));
        Map<Long, CollectionActivity> latest = new HashMap<>();
        activities.latestPerCustomer().forEach(a -> latest.put(a.getCustomerId(), a));
        List<Row> rows = new ArrayList<>();
        figures.forEach((id, f) -> {
            CustomerService.Brief c = records.get(id);
            if (c != null) {
                rows.add(row(c, f, resolver.collectorOf(c), levels.getOrDefault(id, 0), broken.getOrDefault(id, 0),
                        disputed.getOrDefault(id, BigDecimal.ZERO), latest.get(id)));
            }
        });
        rows.sort(ORDER);
        return rows;
    }

    /**
     * One customer's row as {@link #compute} would give it (empty when nothing of it is overdue), read from its open items:
     * what the worklist snapshot brings up to date after a change to that customer.
     */
    java.util.Optional<Row> rowOf(Long customerId) {
        LocalDate today = LocalDate.now(clock);
        List<Open> open = new ArrayList<>();
        items.items(customerId).forEach(i -> open.add(new Open(i.dueDate(), i.balance())));
        Figures f = Figures.of(open, today);
        CustomerService.Brief c = customers.brief(customerId);
        if (f.overdue().signum() <= 0 || c == null) {
            return java.util.Optional.empty();
        }
        BigDecimal contested = disputes.disputedByCustomer().getOrDefault(customerId, BigDecimal.ZERO);
        int level = letters.findByCustomerIdAndStatusInOrderByIdAsc(customerId, java.util.EnumSet.of(DunningLetter.Status.SENT)).stream()
                .mapToInt(DunningLetter::getLevel).max().orElse(0);
        CollectionActivity a = activities.findByCustomerIdOrderByHappenedOnDescIdDesc(customerId).stream().findFirst().orElse(null);
        return java.util.Optional.of(row(c, f, collectors.resolver().collectorOf(c), level,
                promises.brokenRecently(Set.of(customerId), today).getOrDefault(customerId, 0), contested, a));
    }

    private static Row row(CustomerService.Brief c, Figures f, String collector, int level, int brokenPromises, BigDecimal contested,
            CollectionActivity a) {
        return new Row(c.id(), c.code(), c.name(), collector, f.overdue(), f.buckets(), f.oldestDays(), c.riskClass(), level, brokenPromises,
                contested, a == null ? null : a.getHappenedOn(), a == null ? null : a.getNextAction(), a == null ? null : a.getNextActionOn(),
                Priority.of(f.overdue().subtract(contested), f.oldestDays(), c.riskClass(), brokenPromises));
    }

    /** An open balance and its due date; or (no date) a customer's list buckets as they stand, counted as they are. */
    record Open(LocalDate dueDate, BigDecimal balance, ReceivableService.Buckets listed) {

        Open(LocalDate dueDate, BigDecimal balance) {
            this(dueDate, balance, null);
        }
    }

    /** A customer's open items by bucket today and the oldest overdue item's days. */
    record Figures(Map<Aging.Bucket, BigDecimal> buckets, long oldestDays) {

        BigDecimal overdue() {
            return buckets.entrySet().stream().filter(e -> e.getKey() != Aging.Bucket.NOT_DUE).map(Map.Entry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        static Figures of(ReceivableService.Buckets b, LocalDate today) {
            return new Figures(b.amounts(), b.earliestDue() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(b.earliestDue(), today)));
        }

        static Figures of(List<Open> open, LocalDate today) {
            Map<Aging.Bucket, BigDecimal> buckets = new EnumMap<>(Aging.Bucket.class);
            for (Aging.Bucket b : Aging.Bucket.values()) {
                buckets.put(b, BigDecimal.ZERO);
            }
            long oldest = 0;
            for (Open o : open) {
                if (o.listed() != null) {
                    Figures f = of(o.listed(), today);
                    f.buckets().forEach((k, v) -> buckets.merge(k, v, BigDecimal::add));
                    oldest = Math.max(oldest, f.oldestDays());
                } else if (o.balance().signum() > 0) {
                    long days = Math.max(0, ChronoUnit.DAYS.between(o.dueDate(), today));
                    buckets.merge(Aging.Bucket.of(days), o.balance(), BigDecimal::add);
                    oldest = Math.max(oldest, days);
                }
            }
            return new Figures(buckets, oldest);
        }
    }
}
