package com.creditwb.workbench.collection;

import com.creditwb.workbench.collection.domain.CollectionFigures;
import com.creditwb.workbench.collection.domain.PromiseState;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection figures of a period (SPEC §10), for the customers whose credit the user may read, in all or by
 * collector, risk class, region or account manager: receivables at the start and end (the aging list of the day, less
 * what was settled against it since), credit sales (invoices dated in the period), write-offs approved and recoveries
 * in it, and so DSO, best possible DSO, average days delinquent, CEI, bad-debt ratio and net loss
 * ({@link CollectionFigures}); promises due in the period with how many were kept and what was paid; disputes opened
 * and resolved with the average days to resolve.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MetricsService {

    /** How the figures are grouped. */
    public enum By implements com.creditwb.workbench.common.i18n.Labelled {
        ALL, COLLECTOR, RISK_CLASS, SEGMENT, REGION, OWNER;

        @Override
        public String messageKey() {
            return "collection.figures.by." + name();
        }
    }

    /**
     * One group's figures; {@code figures} is null when they cannot be worked out (no credit sales, nothing collectable:
     * {@code why} names the input), the inputs are there either way.
     */
    public record Group(String key, int customers, CollectionFigures.Inputs inputs, CollectionFigures.Result figures, String why,
            int promisesDue, int promisesKept, BigDecimal promised, BigDecimal promisedPaid, int disputesOpened, int disputesResolved,
            Double averageDaysToResolve) {

        /** Kept ÷ due, null when none fell due. */
        public Double keptRate() {
            return promisesDue == 0 ? null : (double) promisesKept / promisesDue;
        }
    }

    /** One month of the trend: the figures of the whole (ALL) for the month. */
    public record Month(YearMonth month, Group figures) {
    }

    private final ReceivableService receivables;
    private final DocumentService documents;
    private final CustomerService customers;
    private final CollectorService collectors;
    private final PromiseService promises;
    private final PromiseRepository promiseRows;
    private final DisputeRepository disputes;
    private final WriteOffRepository writeOffs;
    private final RecoveryRepository recoveries;
    private final Messages messages;
    private final Clock clock;
    private final com.creditwb.workbench.keyaccount.KeyAccountService keyAccounts;
    private final RecentResults recent;
    private final com.creditwb.workbench.security.CurrentUser currentUser;

    MetricsService(ReceivableService receivables, DocumentService documents, CustomerService customers, CollectorService collectors,
            PromiseService promises, PromiseRepository promiseRows, DisputeRepository disputes, WriteOffRepository writeOffs,
            RecoveryRepository recoveries, Messages messages, Clock clock, com.creditwb.workbench.keyaccount.KeyAccountService keyAccounts,
            RecentResults recent, com.creditwb.workbench.security.CurrentUser currentUser) {
        this.recent = recent;
        this.currentUser = currentUser;
        this.keyAccounts = keyAccounts;
        this.receivables = receivables;
        this.documents = documents;
        this.customers = customers;
        this.collectors = collectors;
        this.promises = promises;
        this.promiseRows = promiseRows;
        this.disputes = disputes;
        this.writeOffs = writeOffs;
        this.recoveries = recoveries;
        this.messages = messages;
        this.clock = clock;
    }

    /** The period's figures by the grouping, groups by key; refused when the period is absurd (400 naming the field). */
    public List<Group> figures(LocalDate from, LocalDate to, By by) {
        LocalDate today = LocalDate.now(clock);
        if (from == null || from.isBefore(today.minusYears(20)) || from.isAfter(today)) {
            throw ValidationException.of("from", messages.get("collection.metrics.error.from"));
        }
        if (to == null || to.isBefore(from) || to.isAfter(today) || ChronoUnit.DAYS.between(from, to) >= CollectionFigures.MAX_DAYS) {
            throw ValidationException.of("to", messages.get("collection.metrics.error.to"));
        }
        var readable = customers.readableOnly(AccessPolicy.Area.CREDIT);
        Map<Long, ReceivableService.Position> start = receivables.positionsOn(from.minusDays(1));
        Map<Long, ReceivableService.Position> end = receivables.positionsOn(to);
        Map<Long, BigDecimal> sales = receivables.invoicedBetween(from.minusDays(1), to);
        for (DocumentService.Invoice i : documents.countedInvoicesAfter(from.minusDays(1))) {
            if (!i.date().isAfter(to)) {
                sales.merge(i.customerId(), i.amount(), BigDecimal::add);
            }
        }
        Map<Long, BigDecimal> written = new HashMap<>();
        writeOffs.findByStatusAndDecidedOnBetween(WriteOff.Status.APPROVED, from, to).forEach(w -> written.merge(w.getCustomerId(), w.getAmount(),
                BigDecimal::add));
        Map<Long, BigDecimal> recovered = new HashMap<>();
        recoveries.findByRecoveredOnBetween(from, to).forEach(r -> recovered.merge(r.getCustomerId(), r.getAmount(), BigDecimal::add));
        List<PromiseService.View> due = promises.views(promiseRows.findByDueOnBetween(from, to), today);
        List<Dispute> allDisputes = disputes.findAll();

        Set<Long> ids = new HashSet<>(start.keySet());
        ids.addAll(end.keySet());
        ids.addAll(sales.keySet());
        ids.addAll(written.keySet());
        due.forEach(v -> ids.add(v.promise().getCustomerId()));
        allDisputes.forEach(d -> ids.add(d.getCustomerId()));
        readable.ifPresent(ids::retainAll);
        Map<Long, CustomerRecord> records = customers.records(ids);
        Function<Long, String> keyOf = keys(by, records);

        Map<String, Acc> groups = new TreeMap<>();
        for (Long id : ids) {
            if (!records.containsKey(id)) {
                continue;
            }
            Acc a = groups.computeIfAbsent(keyOf.apply(id), k -> new Acc());
            a.customers++;
            ReceivableService.Position s = start.get(id);
            ReceivableService.Position e = end.get(id);
            a.beginning = a.beginning.add(s == null ? BigDecimal.ZERO : s.open());
            a.ending = a.ending.add(e == null ? BigDecimal.ZERO : e.open());
            a.endingCurrent = a.endingCurrent.add(e == null ? BigDecimal.ZERO : e.notDue());
            a.sales = a.sales.add(sales.getOrDefault(id, BigDecimal.ZERO));
            a.writeOffs = a.writeOffs.add(written.getOrDefault(id, BigDecimal.ZERO));
            a.recoveries = a.recoveries.add(recovered.getOrDefault(id, BigDecimal.ZERO));
        }
        for (PromiseService.View v : due) {
            Acc a = groups.get(records.containsKey(v.promise().getCustomerId()) ? keyOf.apply(v.promise().getCustomerId()) : null);
            if (a == null || v.state() == PromiseState.PENDING) {
                continue;
            }
            a.promisesDue++;
            a.promisesKept += v.state() == PromiseState.KEPT ? 1 : 0;
            a.promised = a.promised.add(v.promise().getAmount());
            a.promisedPaid = a.promisedPaid.add(v.paid().min(v.promise().getAmount()));
        }
        for (Dispute d : allDisputes) {
            Acc a = groups.get(records.containsKey(d.getCustomerId()) ? keyOf.apply(d.getCustomerId()) : null);
            if (a == null) {
                continue;
            }
            if (!d.getOpenedOn().isBefore(from) && !d.getOpenedOn().isAfter(to)) {
                a.disputesOpened++;
            }
            if (d.getResolvedOn() != null && !d.getResolvedOn().isBefore(from) && !d.getResolvedOn().isAfter(to)) {
                a.disputesResolved++;
                a.resolveDays += ChronoUnit.DAYS.between(d.getOpenedOn(), d.getResolvedOn());
            }
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        List<Group> list = new ArrayList<>();
        groups.forEach((key, a) -> list.add(a.group(key, days)));
        return list;
    }

    /** The whole's figures month by month over the last {@code months} whole months (a month under way would mislead). */
    /**
     * The same figures as recently worked out ({@link RecentResults}): what the pages, the API and the dashboard show; the
     * answer says as of when.
     */
    public RecentResults.Result<List<Group>> recentFigures(LocalDate from, LocalDate to, By by) {
        return recent.get("figures " + LocalDate.now(clock) + " " + from + " " + to + " " + by + " " + scope(), () -> figures(from, to, by));
    }

    public RecentResults.Result<List<Month>> recentTrend(int months) {
        return recent.get("trend " + LocalDate.now(clock) + " " + months + " " + scope(), () -> trend(months));
    }

    /** Whose figures: everyone's for those who read every customer's credit, else the user's own. */
    private String scope() {
        return customers.readableOnly(AccessPolicy.Area.CREDIT).isEmpty() ? "*" : "user:" + currentUser.username();
    }

    public List<Month> trend(int months) {
        if (months < 1 || months > 36) {
            throw ValidationException.of("months", messages.get("collection.metrics.error.months"));
        }
        LocalDate today = LocalDate.now(clock);
        List<Month> trend = new ArrayList<>();
        for (int m = months; m >= 1; m--) {
            YearMonth month = YearMonth.from(today).minusMonths(m);
            List<Group> all = figures(month.atDay(1), month.atEndOfMonth(), By.ALL);
            trend.add(new Month(month, all.isEmpty() ? null : all.get(0)));
        }
        return trend;
    }

    private Function<Long, String> keys(By by, Map<Long, CustomerRecord> records) {
        return switch (by == null ? By.ALL : by) {
            case ALL -> id -> "ALL";
            case COLLECTOR -> {
                CollectorService.Resolver resolver = collectors.resolver();
                yield id -> String.valueOf(resolver.collectorOf(records.get(id)));
            }
            case RISK_CLASS -> id -> String.valueOf(records.get(id).credit().riskClass());
            case SEGMENT -> {
                // the customer pyramid's tier (客户金字塔, seed 000) of the key-account analysis; customers without economics: none
                var values = keyAccounts.analysis().values();
                yield id -> values.get(id) == null || values.get(id).tier() == null ? "null" : values.get(id).tier().name();
            }
            case REGION -> id -> records.get(id).region() == null ? "null" : records.get(id).region().name();
            case OWNER -> id -> String.valueOf(records.get(id).owner());
        };
    }

    /** A group's sums as they are added up. */
    private static final class Acc {
        int customers;
        BigDecimal beginning = BigDecimal.ZERO;
        BigDecimal ending = BigDecimal.ZERO;
        BigDecimal endingCurrent = BigDecimal.ZERO;
        BigDecimal sales = BigDecimal.ZERO;
        BigDecimal writeOffs = BigDecimal.ZERO;
        BigDecimal recoveries = BigDecimal.ZERO;
        int promisesDue;
        int promisesKept;
        BigDecimal promised = BigDecimal.ZERO;
        BigDecimal promisedPaid = BigDecimal.ZERO;
        int disputesOpened;
        int disputesResolved;
        long resolveDays;

        Group group(String key, int days) {
            CollectionFigures.Inputs in = new CollectionFigures.Inputs(beginning, sales, ending, endingCurrent.min(ending), days, writeOffs, recoveries);
            CollectionFigures.Result result = null;
            String why = null;
            try {
                result = CollectionFigures.calculate(in);
            } catch (CollectionFigures.InvalidInputs e) {
                why = e.problems().get(0).field();
            }
            return new Group(key, customers, in, result, why, promisesDue, promisesKept, promised, promisedPaid, disputesOpened, disputesResolved,
                    disputesResolved == 0 ? null : (double) resolveDays / disputesResolved);
        }
    }
}
