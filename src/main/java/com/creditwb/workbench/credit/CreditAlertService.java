package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.domain.Alert;
import com.creditwb.workbench.credit.limits.EffectiveLimit;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.ScoringModelService;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What credit managers must act on across the portfolio they may read, most urgent kinds first: open items without
 * credit, limits exceeded, reviews overdue or due, items overdue beyond the model's days, statements newer than the
 * decision.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CreditAlertService {

    private final AssessmentService assessments;
    private final ReceivableService receivables;
    private final ScoringModelService models;
    private final CustomerService customers;
    private final StatementService statements;
    private final com.creditwb.workbench.credit.limits.EffectiveLimits limits;
    private final Clock clock;

    CreditAlertService(AssessmentService assessments, ReceivableService receivables, ScoringModelService models, CustomerService customers, StatementService statements, com.creditwb.workbench.credit.limits.EffectiveLimits limits, Clock clock) {
        this.assessments = assessments;
        this.receivables = receivables;
        this.models = models;
        this.customers = customers;
        this.statements = statements;
        this.limits = limits;
        this.clock = clock;
    }

    private ScoringModel.Monitoring monitoring() {
        return models.current().model().monitoring();
    }

    /** Everything to act on, most urgent kinds first. */
    public List<Alert> alerts() {
        ScoringModel.Monitoring m = monitoring();
        LocalDate today = LocalDate.now(clock);
        List<Assessment> decisions = assessments.currentDecisions();
        Map<Long, ReceivableService.Totals> totals = receivables.totals(m.overdueBlockDays());
        Map<Long, LocalDate> latestStatements = statements.latestPeriodEnds();
        Map<Long, List<EffectiveLimit.Change>> changes = limits.approvedChanges();
        Set<Long> ids = new HashSet<>(totals.keySet());
        decisions.forEach(d -> ids.add(d.getCustomerId()));
        Map<Long, CustomerRecord> names = customers.records(ids);
        Map<Long, Assessment> byCustomer = new LinkedHashMap<>();
        decisions.forEach(d -> byCustomer.put(d.getCustomerId(), d));
        List<Alert> alerts = new ArrayList<>();
        for (Long id : ids) {
            CustomerRecord c = names.get(id);
            if (c == null || !assessments.canRead(id)) {
                continue;
            }
            Assessment d = byCustomer.get(id);
            ReceivableService.Totals t = totals.get(id);
            EffectiveLimit inForce = d == null ? null : EffectiveLimit.of(d.getLimitAmount(), d.getDecidedAt(), changes.getOrDefault(id, List.of()), today);
            BigDecimal limit = d == null ? BigDecimal.ZERO : inForce.amount();
            LocalDate limitUntil = inForce == null ? null : inForce.temporaryUntil();
            BigDecimal open = t == null ? null : t.open();
            Integer days = t == null ? null : t.daysOverdue();
            String owner = c.owner();
            java.util.function.BiFunction<Alert.Type, LocalDate, java.util.function.Function<List<Object>, Alert>> alert =
                    (type, date) -> args -> new Alert(type, id, c.code(), c.name(), owner, date, open, d == null ? null : limit, limitUntil,
                            days, args);
            if (t != null && t.open().signum() > 0 && limit.signum() == 0) {
                // refused (limit 0) or never decided: a different thing to do than a breach of a granted limit
                alerts.add(alert.apply(Alert.Type.NO_CREDIT_OPEN, null).apply(List.of(t.open())));
            } else if (t != null && t.open().compareTo(limit) > 0) {
                alerts.add(alert.apply(Alert.Type.LIMIT_EXCEEDED, null).apply(List.of(t.open(), limit)));
            }
            if (d != null && d.getNextReviewDate() != null) {
                if (d.getNextReviewDate().isBefore(today)) {
                    alerts.add(alert.apply(Alert.Type.REVIEW_OVERDUE, d.getNextReviewDate()).apply(List.of(d.getNextReviewDate())));
                } else if (!d.getNextReviewDate().isAfter(today.plusDays(m.reviewSoonDays()))) {
                    alerts.add(alert.apply(Alert.Type.REVIEW_DUE, d.getNextReviewDate()).apply(List.of(d.getNextReviewDate())));
                }
            }
            if (t != null && t.overdueBeyond().signum() > 0) {
                alerts.add(alert.apply(Alert.Type.OVERDUE_ITEMS, null).apply(List.of(t.overdueBeyond(), m.overdueBlockDays())));
            }
            LocalDate latest = latestStatements.get(id);
            if (d != null && latest != null && (d.getPeriodEnd() == null || latest.isAfter(d.getPeriodEnd()))) {
                alerts.add(alert.apply(Alert.Type.STATEMENTS_NEWER, latest).apply(List.of(latest)));
            }
        }
        alerts.sort(Comparator.comparing((Alert a) -> a.type().ordinal()).thenComparing(Alert::customerCode));
        return alerts;
    }

    public Map<Alert.Type, Long> alertCounts() {
        Map<Alert.Type, Long> counts = new EnumMap<>(Alert.Type.class);
        for (Alert.Type t : Alert.Type.values()) {
            counts.put(t, 0L);
        }
        alerts().forEach(a -> counts.merge(a.type(), 1L, Long::sum));
        return counts;
    }
}
