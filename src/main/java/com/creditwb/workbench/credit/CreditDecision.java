package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.model.RiskClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's current credit decision as other features read it: a read-only record of the approved
 * assessment's outcome (never the assessment entity itself).
 */
public record CreditDecision(Long assessmentId, String rating, RiskClass riskClass, Double score, BigDecimal limit, String currency,
        Integer termsDays, LocalDate nextReviewDate, String approvedBy, Instant approvedAt) {

    static CreditDecision of(Assessment a) {
        return a == null ? null : new CreditDecision(a.getId(), a.getRating(), a.getRiskClass(), a.getScore(), a.getLimitAmount(),
                a.getCurrency(), a.getTermsDays(), a.getNextReviewDate(), a.getApprover(), a.getDecidedAt());
    }
}
