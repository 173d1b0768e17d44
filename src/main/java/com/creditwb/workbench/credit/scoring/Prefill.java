package com.creditwb.workbench.credit.scoring;

import com.creditwb.workbench.credit.model.SubFactor;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sub-factor scores that data can answer (SPEC §3.1), on the 1–5 scale whose default descriptors
 * name the same cut-offs:
 * <ul>
 * <li>history: years since founding — under 2 → 1, 2–5 → 2, 5–10 → 3, 10–20 → 4, 20 or more → 5;</li>
 * <li>bank relations: the level rated in the credit file;</li>
 * <li>credit rating / payment record: the credit file's level, else the share of open receivables
 * overdue over 30 days — none → 5, under 5 % → 4, under 15 % → 3, under 30 % → 2, else 1;</li>
 * <li>financial condition: the ratio score — 80+ → 5, 60+ → 4, 40+ → 3, 20+ → 2, else 1;</li>
 * <li>collateral condition: coverage = value × (1 − haircut) / requested limit — 100 %+ → 5,
 * 75 %+ → 4, 50 %+ → 3, 25 %+ → 2, else 1.</li>
 * </ul>
 */
public final class Prefill {

    private Prefill() {
    }

    public static Map<SubFactor, Integer> scores(CreditFacts facts, AssessmentInput input, Double ratioScore) {
        Map<SubFactor, Integer> scores = new EnumMap<>(SubFactor.class);
        if (facts.foundingDate() != null && facts.asOf() != null) {
            int years = Period.between(facts.foundingDate(), facts.asOf()).getYears();
            scores.put(SubFactor.HISTORY, years < 2 ? 1 : years < 5 ? 2 : years < 10 ? 3 : years < 20 ? 4 : 5);
        }
        if (facts.bankRelationsLevel() != null) {
            scores.put(SubFactor.BANK_RELATIONS, facts.bankRelationsLevel());
        }
        if (facts.paymentRecordLevel() != null) {
            scores.put(SubFactor.CREDIT_RATING, facts.paymentRecordLevel());
        } else if (facts.overdueShare() != null) {
            double s = facts.overdueShare();
            scores.put(SubFactor.CREDIT_RATING, s <= 0 ? 5 : s < 0.05 ? 4 : s < 0.15 ? 3 : s < 0.30 ? 2 : 1);
        }
        if (ratioScore != null) {
            scores.put(SubFactor.FINANCIAL_CONDITION, ratioScore >= 80 ? 5 : ratioScore >= 60 ? 4 : ratioScore >= 40 ? 3
                    : ratioScore >= 20 ? 2 : 1);
        }
        Double coverage = coverage(input);
        if (coverage != null) {
            scores.put(SubFactor.COLLATERAL_CONDITION, coverage >= 1 ? 5 : coverage >= 0.75 ? 4 : coverage >= 0.5 ? 3
                    : coverage >= 0.25 ? 2 : 1);
        }
        return scores;
    }

    /** Collateral value × (1 − haircut) / requested limit; null without a requested limit. */
    public static Double coverage(AssessmentInput input) {
        if (input.requestedLimit() == null || input.requestedLimit().signum() <= 0) {
            return null;
        }
        return input.netCollateral().divide(input.requestedLimit(), MathContext.DECIMAL64).doubleValue();
    }

    /** The input with data-answered scores filled in, except where the user scored the sub-factor. */
    public static AssessmentInput apply(AssessmentInput input, Map<SubFactor, Integer> prefilled) {
        Map<SubFactor, AssessmentInput.SubScore> scores = new EnumMap<>(SubFactor.class);
        scores.putAll(input.scores());
        prefilled.forEach((sub, score) -> {
            AssessmentInput.SubScore current = scores.get(sub);
            if (current == null || current.score() == null || current.prefilled()) {
                scores.put(sub, new AssessmentInput.SubScore(score, current == null ? null : current.comment(), true));
            }
        });
        return input.withScores(scores);
    }

}
