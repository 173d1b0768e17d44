package com.creditwb.workbench.credit.scoring;

import com.creditwb.workbench.credit.model.FiveC;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.model.SubFactor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything an assessment's result panel shows, each figure with what it came from.
 *
 * @param factorScores each factor's score 0–100 (absent when none of its sub-factors is scored)
 * @param fiveCScore the weighted 5C score 0–100
 * @param ratioScore the ratio scorecard 0–100, null when no chosen ratio could be scored
 * @param ratioLines every scored ratio with its points and the weight it carried after redistribution
 * @param missingRatios chosen ratios that could not be scored, with the reason
 * @param unscored sub-factors without a score (their weight went to the others of their factor)
 * @param composite weighted 5C and ratio score, one decimal
 */
public record ScoreResult(Map<FiveC, Double> factorScores, double fiveCScore, Double ratioScore, List<RatioLine> ratioLines,
        List<MissingRatio> missingRatios, List<SubFactor> unscored, double composite, String rating, RiskClass riskClass,
        int termsDays, double unsecuredShare, int reviewMonths, Limit limit, String recommendationZh, String recommendationEn) {

    public record RatioLine(String ratio, double value, double points, double weight, double contribution) {
    }

    public record MissingRatio(String ratio, String reason) {
    }

    /** The suggested limit and each step that led to it. */
    public record Limit(List<Step> steps, BigDecimal suggested) {
    }

    /**
     * One step of the limit calculation.
     *
     * @param key message key of the step's explanation, which formats {@code args}
     * @param amount the step's result in 元 (null for a step that only explains)
     */
    public record Step(String key, BigDecimal amount, List<BigDecimal> args) {
    }

    public String recommendation(String language) {
        return "zh".equals(language) ? recommendationZh : recommendationEn;
    }
}
