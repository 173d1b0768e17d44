package com.creditwb.workbench.credit.scoring;

import com.creditwb.workbench.credit.model.CollateralType;
import com.creditwb.workbench.credit.model.SubFactor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the credit manager enters: the request, the collateral, the statement period used and a score
 * (1–5) with a comment for every 5C sub-factor.
 *
 * @param expectedAnnualPurchases what the customer is expected to buy from us in a year (for the limit)
 * @param haircut the share taken off the collateral's appraised value (0–1)
 * @param periodEnd the statements used (null when none are held)
 */
public record AssessmentInput(BigDecimal requestedLimit, int requestedTermsDays, BigDecimal expectedAnnualPurchases,
        CollateralType collateralType, BigDecimal collateralValue, double haircut, LocalDate periodEnd,
        Map<SubFactor, SubScore> scores) {

    public AssessmentInput {
        collateralType = collateralType == null ? CollateralType.NONE : collateralType;
        Map<SubFactor, SubScore> copy = new EnumMap<>(SubFactor.class);
        if (scores != null) {
            copy.putAll(scores);
        }
        scores = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A sub-factor's score.
     *
     * @param prefilled whether the score came from data (and was not changed by the user since)
     */
    public record SubScore(Integer score, String comment, boolean prefilled) {
    }

    /** Collateral value after the haircut: value × (1 − haircut); zero without collateral. */
    public BigDecimal netCollateral() {
        if (collateralType == CollateralType.NONE || collateralValue == null) {
            return BigDecimal.ZERO;
        }
        return collateralValue.multiply(BigDecimal.valueOf(1 - haircut)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public AssessmentInput withScores(Map<SubFactor, SubScore> newScores) {
        return new AssessmentInput(requestedLimit, requestedTermsDays, expectedAnnualPurchases, collateralType, collateralValue,
                haircut, periodEnd, newScores);
    }
}
