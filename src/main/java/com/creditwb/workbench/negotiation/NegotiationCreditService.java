package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.IssueKind;
import com.creditwb.workbench.negotiation.domain.IssueTargets;
import com.creditwb.workbench.negotiation.domain.NegotiationWarning;
import com.creditwb.workbench.negotiation.domain.PackageScore;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.credit.CreditDecision;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.customer.CustomerService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A negotiation's packages scored against its plan and the counterpart's credit beside them (信用与谈判): the approved
 * decision's terms and the available limit as warnings when we sell, and the credit as it stands now for the page,
 * the brief and each recorded session. Reads only what {@link NegotiationService} lets the user open.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NegotiationCreditService {

    /** A package scored against the plan, with the breaches and the credit warnings. */
    public record Scored(PackageScore.Result result, List<NegotiationWarning> warnings) {
    }

    private final NegotiationService negotiations;
    private final CustomerService customers;
    private final CreditMonitorService monitor;
    private final Clock clock;

    NegotiationCreditService(NegotiationService negotiations, CustomerService customers, CreditMonitorService monitor, Clock clock) {
        this.negotiations = negotiations;
        this.customers = customers;
        this.monitor = monitor;
        this.clock = clock;
    }

    /** Scores a package against the plan; when we sell, the credit feature's decision and check add their warnings. */
    public Scored score(Long id, Map<String, Double> values) {
        Negotiation n = negotiations.readable(id);
        negotiations.checkValues(n, values, "values");
        return scored(n, values);
    }

    Scored scored(Negotiation n, Map<String, Double> values) {
        List<IssueTargets> targets = n.getIssues().stream().map(PlanIssue::targets).toList();
        return new Scored(PackageScore.score(targets, values), creditWarnings(n, values));
    }

    /** The counterpart's credit now (null when the user may not see it or there is no approved decision). */
    public NegotiationSession.CreditSnapshot creditNow(Negotiation n) {
        return customers.canSeeCredit(n.getCounterpartId()) ? creditSnapshot(n) : null;
    }

    NegotiationSession.CreditSnapshot creditSnapshot(Negotiation n) {
        var exposure = monitor.exposure(n.getCounterpartId(), CreditMonitorService.DEFAULT_DSO_DAYS);
        CreditDecision d = exposure.decisionRecord();
        if (d == null) {
            return null;
        }
        return new NegotiationSession.CreditSnapshot(d.rating(), d.riskClass() == null ? null : d.riskClass().name(), d.limit(), d.currency(),
                d.termsDays(), exposure.available(), exposure.aging() == null ? BigDecimal.ZERO : exposure.aging().overdue(), d.nextReviewDate());
    }

    /** Credit in the plan: terms beyond the approved decision's, a contract value above the available limit, no or an expired decision. */
    List<NegotiationWarning> creditWarnings(Negotiation n, Map<String, Double> values) {
        List<NegotiationWarning> warnings = new ArrayList<>();
        if (n.getDirection() != Direction.SELL || !customers.canSeeCredit(n.getCounterpartId())) {
            return warnings;
        }
        CreditDecision d = monitor.exposure(n.getCounterpartId(), CreditMonitorService.DEFAULT_DSO_DAYS).decisionRecord();
        if (d == null) {
            warnings.add(new NegotiationWarning("NO_DECISION", List.of()));
            return warnings;
        }
        if (d.nextReviewDate() != null && d.nextReviewDate().isBefore(LocalDate.now(clock))) {
            warnings.add(new NegotiationWarning("DECISION_EXPIRED", List.of(d.nextReviewDate())));
        }
        for (PlanIssue i : n.getIssues()) {
            Double offered = values.get(i.name());
            if (i.kind() == IssueKind.PAYMENT_TERMS_DAYS && offered != null && d.termsDays() != null && offered > d.termsDays()) {
                warnings.add(new NegotiationWarning("CREDIT_TERMS_EXCEEDED", List.of(Math.round(offered), d.termsDays())));
            }
        }
        if (n.getContractValue() != null && n.getContractValue().signum() > 0) {
            String code = customers.record(n.getCounterpartId()).code();
            var check = monitor.check(code, n.getContractValue(), d.currency() == null ? "CNY" : d.currency());
            if (check.codes().contains("LIMIT_EXCEEDED")) {
                warnings.add(new NegotiationWarning("CREDIT_LIMIT_EXCEEDED", List.of(n.getContractValue())));
            }
        }
        return warnings;
    }
}
