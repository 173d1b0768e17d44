package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.limits.EffectiveLimit;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.ScoringModelService;
import com.creditwb.workbench.credit.receivable.ReceivableImport;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The credit portfolio: limits in force and exposure by rating and risk class, the largest exposures, every decided customer's line. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CreditPortfolioService {

    /** Count, limits and exposure of a group of customers (a rating or a risk class). */
    public record Group(long customers, BigDecimal limit, BigDecimal exposure) {
        Group add(BigDecimal l, BigDecimal e) {
            return new Group(customers + 1, limit.add(l), exposure.add(e));
        }
    }

    /** A decided customer's line: the limit is the one in force, {@code limitUntil} the last day of a temporary one. */
    public record TopExposure(Long customerId, String code, String name, String rating, RiskClass riskClass, BigDecimal open,
            BigDecimal limit, Double utilisation, LocalDate limitUntil) {
    }

    public record Portfolio(LocalDate asOf, Map<String, Group> byRating, Map<RiskClass, Group> byClass, List<TopExposure> top,
            BigDecimal totalLimit, BigDecimal totalOpen, long undecidedWithItems, List<TopExposure> lines) {
    }

    /** Which decisions the portfolio takes in: by the customer's industry, region and account manager, and by class (null: any). */
    public record PortfolioFilter(com.creditwb.workbench.customer.domain.Industry industry, com.creditwb.workbench.customer.domain.Region region,
            String owner, RiskClass riskClass) {

        public static final PortfolioFilter ALL = new PortfolioFilter(null, null, null, null);

        boolean accepts(CustomerRecord c, Assessment d) {
            return (industry == null || industry == c.industry()) && (region == null || region == c.region())
                    && (owner == null || owner.equals(c.owner())) && (riskClass == null || riskClass == d.getRiskClass());
        }
    }

    private final AssessmentService assessments;
    private final ReceivableService receivables;
    private final ScoringModelService models;
    private final CustomerService customers;
    private final com.creditwb.workbench.credit.limits.EffectiveLimits limits;
    private final Clock clock;

    CreditPortfolioService(AssessmentService assessments, ReceivableService receivables, ScoringModelService models, CustomerService customers, com.creditwb.workbench.credit.limits.EffectiveLimits limits, Clock clock) {
        this.assessments = assessments;
        this.receivables = receivables;
        this.models = models;
        this.customers = customers;
        this.limits = limits;
        this.clock = clock;
    }

    /** Totals by rating and risk class, and the largest exposures, of the whole portfolio. */
    public Portfolio portfolio(int top) {
        return portfolio(top, PortfolioFilter.ALL);
    }

    /**
     * Totals by rating and risk class, the largest exposures and every decided customer's line (for the export)
     * of the decisions the filter takes in.
     */
    public Portfolio portfolio(int top, PortfolioFilter filter) {
        ScoringModel model = models.current().model();
        List<Assessment> decisions = assessments.currentDecisions();
        Map<Long, ReceivableService.Totals> totals = receivables.totals(model.monitoring().overdueBlockDays());
        Map<Long, List<EffectiveLimit.Change>> changes = limits.approvedChanges();
        LocalDate today = LocalDate.now(clock);
        Map<String, Group> byRating = new LinkedHashMap<>();
        model.ratings().forEach(r -> byRating.put(r.grade(), new Group(0, BigDecimal.ZERO, BigDecimal.ZERO)));
        Map<RiskClass, Group> byClass = new EnumMap<>(RiskClass.class);
        for (RiskClass c : RiskClass.values()) {
            byClass.put(c, new Group(0, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        BigDecimal totalLimit = BigDecimal.ZERO;
        BigDecimal totalOpen = BigDecimal.ZERO;
        Set<Long> decided = new HashSet<>();
        List<TopExposure> rows = new ArrayList<>();
        Map<Long, CustomerRecord> names = customers.records(decisions.stream().map(Assessment::getCustomerId).toList());
        List<TopExposure> lines = new ArrayList<>();
        for (Assessment d : decisions) {
            decided.add(d.getCustomerId());
            CustomerRecord customer = names.get(d.getCustomerId());
            if (customer == null || !filter.accepts(customer, d)) {
                continue;
            }
            BigDecimal open = Optional.ofNullable(totals.get(d.getCustomerId())).map(ReceivableService.Totals::open).orElse(BigDecimal.ZERO);
            // the limit in force: an approved temporary or permanent change replaces the decision's
            EffectiveLimit inForce = EffectiveLimit.of(d.getLimitAmount(), d.getDecidedAt(), changes.getOrDefault(d.getCustomerId(), List.of()), today);
            BigDecimal limit = inForce.amount();
            byRating.merge(d.getRating(), new Group(1, limit, open), (a, b) -> a.add(b.limit(), b.exposure()));
            byClass.merge(d.getRiskClass(), new Group(1, limit, open), (a, b) -> a.add(b.limit(), b.exposure()));
            totalLimit = totalLimit.add(limit);
            totalOpen = totalOpen.add(open);
            CustomerRecord c = customer;
            Double util = limit.signum() == 0 ? null : open.divide(limit, MathContext.DECIMAL64).doubleValue();
            TopExposure line = new TopExposure(c.id(), c.code(), c.name(), d.getRating(), d.getRiskClass(), open, limit, util,
                    inForce.temporaryUntil());
            lines.add(line);
            if (open.signum() > 0) {
                rows.add(line);
            }
        }
        long undecided = totals.keySet().stream().filter(id -> !decided.contains(id)).count();
        rows.sort(Comparator.comparing(TopExposure::open).reversed());
        return new Portfolio(receivables.current().map(ReceivableImport::getAsOf).orElse(null), byRating, byClass,
                rows.subList(0, Math.min(top, rows.size())), totalLimit, totalOpen, undecided, lines);
    }
}
