package com.creditwb.workbench.credit.domain;

import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.credit.scoring.CreditFacts;
import com.creditwb.workbench.credit.scoring.ScoreResult;
import java.math.BigDecimal;

/**
 * An assessment worked out: the input with pre-filled scores, the data read, the score, and the
 * decision after any override (rating, class, limit, terms and review interval that would apply).
 */
public record Evaluation(int modelNumber, ScoringModel model, AssessmentInput input, CreditFacts facts, ScoreResult result,
        CreditOverride override, String rating, RiskClass riskClass, BigDecimal limit, int termsDays, int reviewMonths, String recommendationZh,
        String recommendationEn) {

    public String recommendation(String language) {
        return "zh".equals(language) ? recommendationZh : recommendationEn;
    }

    public boolean overridden() {
        return override != null && override.any();
    }

    /**
     * Scores the input and applies an override: an overridden rating brings its band's class unless
     * the class is overridden too; the class's countermeasures (terms, review interval, limit rule)
     * follow the class that applies; an overridden limit replaces the suggested one.
     */
    public static Evaluation of(int modelNumber, ScoringModel model, AssessmentInput input, CreditFacts facts, CreditOverride override) {
        ScoreResult scored = com.creditwb.workbench.credit.scoring.Scorer.score(model, input, facts);
        CreditOverride o = override == null ? CreditOverride.NONE : override;
        String rating = o.rating() != null && !o.rating().isBlank() ? o.rating() : scored.rating();
        RiskClass riskClass = o.riskClass() != null ? o.riskClass()
                : o.rating() != null && !o.rating().isBlank() ? model.rating(o.rating()).map(ScoringModel.RatingBand::riskClass)
                        .orElse(scored.riskClass()) : scored.riskClass();
        ScoreResult applied = com.creditwb.workbench.credit.scoring.Scorer.withClass(model, input, facts, scored, riskClass);
        BigDecimal limit = o.limit() != null ? o.limit() : applied.limit().suggested();
        return new Evaluation(modelNumber, model, input, facts, applied, o, rating, riskClass, limit, applied.termsDays(),
                applied.reviewMonths(), applied.recommendationZh(), applied.recommendationEn());
    }
}
