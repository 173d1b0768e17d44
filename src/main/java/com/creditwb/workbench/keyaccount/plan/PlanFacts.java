package com.creditwb.workbench.keyaccount.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The credit and value figures a plan shows: live while it is a draft, frozen into the plan (as JSON)
 * when it is activated. Labels are stored as codes (enum names); null where there is no figure.
 */
public record PlanFacts(Credit credit, Value value, Instant asOf) {

    /**
     * The current credit decision and exposure ("not assessed" when {@code rating} is null); the limit is the one in
     * force, {@code limitUntil} the last day of a temporary one (null when none holds, and in plans frozen before).
     */
    public record Credit(String rating, String riskClass, BigDecimal limit, String currency, Integer termsDays,
            LocalDate nextReview, BigDecimal exposure, LocalDate exposureAsOf, Double utilisation, LocalDate limitUntil) {
        public static final Credit NOT_ASSESSED = new Credit(null, null, null, null, null, null, null, null, null, null);
    }

    /** The account's value and segments from the latest analysis. */
    public record Value(Integer year, BigDecimal revenue, BigDecimal currentValue, Double margin, Double shareOfWallet, Double npv,
            Double indicatorScore, Double potentialScore, String quadrant, String tier, boolean revenueHead, boolean profitHead,
            String loyalty, String profitability, String kotlerLevel, Double galeValue, String identification) {
    }
}
