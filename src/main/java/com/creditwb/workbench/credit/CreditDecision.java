package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.model.RiskClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's current credit decision as other features read it: a read-only record of the approved
 * assessment's outcome (never the assessment entity itself).
 *
 * @param limit the limit in force: the decision's, or an approved temporary or permanent change of it
 * @param limitUntil the last day of a temporary limit in force (null when none is)
 */
public record CreditDecision(Long assessmentId, String rating, RiskClass riskClass, Double score, BigDecimal limit, String currency,
        Integer termsDays, LocalDate nextReviewDate, String approvedBy, Instant approvedAt, LocalDate limitUntil) {

    static CreditDecision of(Assessment a, com.creditwb.workbench.credit.limits.EffectiveLimit inForce) {
        return a == null ? null : new CreditDecision(a.getId(), a.getRating(), a.getRiskClass(), a.getScore(),
                inForce == null || inForce.amount() == null ? a.getLimitAmount() : inForce.amount(), a.getCurrency(), a.getTermsDays(),
                a.getNextReviewDate(), a.getApprover(), a.getDecidedAt(), inForce == null ? null : inForce.temporaryUntil());
    }
}
