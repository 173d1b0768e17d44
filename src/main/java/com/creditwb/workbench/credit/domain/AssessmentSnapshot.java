package com.creditwb.workbench.credit.domain;

import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.credit.scoring.CreditFacts;
import com.creditwb.workbench.credit.scoring.ScoreResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An approved assessment frozen whole: the model version with its full definition, every input, the
 * data read (customer facts, statements, ratios, receivables), every output and the decision, so it
 * reads the same years later whatever changes afterwards.
 */
public record AssessmentSnapshot(long assessmentId, int modelNumber, ScoringModel model, String customerCode, String customerName,
        AssessmentInput input, CreditFacts facts, ScoreResult result, CreditOverride override, String rating, RiskClass riskClass,
        BigDecimal limit, String currency, int termsDays, int reviewMonths, LocalDate nextReviewDate, String author,
        Instant submittedAt, String approver, Instant approvedAt, String comment) {
}
