package com.creditwb.workbench.credit.scoring;

import com.creditwb.workbench.credit.model.FiveC;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.statement.domain.LineItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The credit score (信用评分法, SPEC §3.3), plain Java:
 * <ol>
 * <li>a sub-factor's level s (1–5) counts as (s − 1) / 4 × 100; a factor's score is the weighted mean of
 * its scored sub-factors, the 5C score the weighted mean of the factors (weights of unscored parts go
 * to the others and are listed);</li>
 * <li>the ratio score is the weighted mean of the band points of the chosen ratios that could be
 * computed; those that could not are listed with the reason, and their weight goes to the others;</li>
 * <li>composite = (w5C × 5C + wratio × ratio) / (w5C + wratio), one decimal — the 5C score alone when
 * no ratio could be scored;</li>
 * <li>the rating is the first band whose minimum the composite reaches; its risk class gives the
 * countermeasures;</li>
 * <li>the limit: see {@link #limit}.</li>
 * </ol>
 */
public final class Scorer {

    private Scorer() {
    }

    public static ScoreResult score(ScoringModel model, AssessmentInput input, CreditFacts facts) {
        Map<FiveC, Double> factorScores = new EnumMap<>(FiveC.class);
        List<SubFactor> unscored = new ArrayList<>();
        double fiveCSum = 0;
        double fiveCWeights = 0;
        for (ScoringModel.FactorDef factor : model.factors()) {
            double sum = 0;
            double weights = 0;
            for (ScoringModel.SubFactorDef sub : factor.subFactors()) {
                AssessmentInput.SubScore s = input.scores().get(sub.code());
                if (s == null || s.score() == null) {
                    unscored.add(sub.code());
                    continue;
                }
                sum += sub.weight() * (s.score() - 1) / 4.0 * 100;
                weights += sub.weight();
            }
            if (weights > 0) {
                double score = sum / weights;
                factorScores.put(factor.factor(), score);
                fiveCSum += factor.weight() * score;
                fiveCWeights += factor.weight();
            }
        }
        double fiveC = fiveCWeights > 0 ? fiveCSum / fiveCWeights : 0;

        List<ScoreResult.RatioLine> lines = new ArrayList<>();
        List<ScoreResult.MissingRatio> missing = new ArrayList<>();
        double ratioWeights = 0;
        for (ScoringModel.RatioBand band : model.bandsFor(facts.industry())) {
            CreditFacts.RatioValue value = facts.ratios().get(band.ratio());
            if (value == null || !value.meaningful() || value.value() == null) {
                missing.add(new ScoreResult.MissingRatio(band.ratio(),
                        value == null ? (facts.hasStatements() ? "notComputed" : "noStatements") : value.reason()));
                continue;
            }
            lines.add(new ScoreResult.RatioLine(band.ratio(), value.value(), band.pointsFor(value.value()), band.weight(), 0));
            ratioWeights += band.weight();
        }
        Double ratioScore = null;
        if (ratioWeights > 0) {
            double total = 0;
            List<ScoreResult.RatioLine> weighted = new ArrayList<>();
            for (ScoreResult.RatioLine l : lines) {
                double w = l.weight() / ratioWeights;
                weighted.add(new ScoreResult.RatioLine(l.ratio(), l.value(), l.points(), w, w * l.points()));
                total += w * l.points();
            }
            lines = weighted;
            ratioScore = total;
        }
        double composite = ratioScore == null ? fiveC
                : (model.fiveCWeight() * fiveC + model.ratioWeight() * ratioScore) / (model.fiveCWeight() + model.ratioWeight());
        composite = Math.round(composite * 10) / 10.0;

        ScoringModel.RatingBand rating = model.ratingFor(composite);
        ScoringModel.ClassRule rule = model.rule(rating.riskClass());
        int terms = Math.min(rule.termsDays(), Math.max(0, input.requestedTermsDays()));
        ScoreResult.Limit limit = limit(model, rule, terms, input, facts);
        return new ScoreResult(factorScores, fiveC, ratioScore, List.copyOf(lines), List.copyOf(missing), List.copyOf(unscored),
                composite, rating.grade(), rating.riskClass(), terms, rule.unsecuredShare(), rule.reviewMonths(), limit,
                rule.recommendationZh(), rule.recommendationEn());
    }

    /**
     * The countermeasures of another risk class than the score's (an override): terms and the limit
     * worked out again with that class's rule.
     */
    public static ScoreResult withClass(ScoringModel model, AssessmentInput input, CreditFacts facts, ScoreResult scored,
            com.creditwb.workbench.credit.model.RiskClass riskClass) {
        if (riskClass == scored.riskClass()) {
            return scored;
        }
        ScoringModel.ClassRule rule = model.rule(riskClass);
        int terms = Math.min(rule.termsDays(), Math.max(0, input.requestedTermsDays()));
        return new ScoreResult(scored.factorScores(), scored.fiveCScore(), scored.ratioScore(), scored.ratioLines(),
                scored.missingRatios(), scored.unscored(), scored.composite(), scored.rating(), riskClass, terms,
                rule.unsecuredShare(), rule.reviewMonths(), limit(model, rule, terms, input, facts), rule.recommendationZh(),
                rule.recommendationEn());
    }

    /**
     * The suggested limit (SPEC §3.3), each step kept:
     * <ol>
     * <li>A = tangible net worth × share, tangible net worth = equity − intangibles − goodwill − development expenditure;</li>
     * <li>B = working capital × share, working capital = current assets − current liabilities;</li>
     * <li>C = expected annual purchases × payment terms / 365;</li>
     * <li>base = the lowest of A, B and C (a negative A or B counts as 0; without statements C alone);</li>
     * <li>× the risk class's limit factor;</li>
     * <li>capped at base share allowed unsecured + net collateral when the class asks for security;</li>
     * <li>capped at the amount requested, then rounded down to the policy's unit.</li>
     * </ol>
     */
    static ScoreResult.Limit limit(ScoringModel model, ScoringModel.ClassRule rule, int terms, AssessmentInput input, CreditFacts facts) {
        List<ScoreResult.Step> steps = new ArrayList<>();
        ScoringModel.LimitPolicy policy = model.limit();
        BigDecimal purchases = input.expectedAnnualPurchases() == null ? BigDecimal.ZERO : input.expectedAnnualPurchases();
        BigDecimal c = purchases.multiply(BigDecimal.valueOf(terms)).divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
        BigDecimal base;
        if (facts.hasStatements()) {
            BigDecimal equity = facts.amount(LineItem.BS_EQUITY_TOTAL);
            BigDecimal intangibles = facts.amount(LineItem.BS_INTANGIBLES).add(facts.amount(LineItem.BS_GOODWILL))
                    .add(facts.amount(LineItem.BS_DEV_EXPENDITURE));
            BigDecimal tnw = equity.subtract(intangibles);
            steps.add(step("credit.limit.tnw", tnw, equity, intangibles));
            BigDecimal a = positive(tnw).multiply(BigDecimal.valueOf(policy.netWorthShare())).setScale(2, RoundingMode.HALF_UP);
            steps.add(step("credit.limit.tnwShare", a, percent(policy.netWorthShare())));
            BigDecimal ca = facts.amount(LineItem.BS_CA_TOTAL);
            BigDecimal cl = facts.amount(LineItem.BS_CL_TOTAL);
            BigDecimal wc = ca.subtract(cl);
            steps.add(step("credit.limit.wc", wc, ca, cl));
            BigDecimal b = positive(wc).multiply(BigDecimal.valueOf(policy.workingCapitalShare())).setScale(2, RoundingMode.HALF_UP);
            steps.add(step("credit.limit.wcShare", b, percent(policy.workingCapitalShare())));
            steps.add(step("credit.limit.purchases", c, purchases, BigDecimal.valueOf(terms)));
            base = a.min(b).min(c);
            steps.add(step("credit.limit.base", base));
        } else {
            steps.add(step("credit.limit.purchases", c, purchases, BigDecimal.valueOf(terms)));
            base = c;
            steps.add(step("credit.limit.noStatements", base));
        }
        BigDecimal limit = base.multiply(BigDecimal.valueOf(rule.limitFactor())).setScale(2, RoundingMode.HALF_UP);
        steps.add(step("credit.limit.classFactor", limit, BigDecimal.valueOf(rule.limitFactor())));
        if (rule.unsecuredShare() < 1 && limit.signum() > 0) {
            BigDecimal net = input.netCollateral();
            BigDecimal cap = limit.multiply(BigDecimal.valueOf(rule.unsecuredShare())).setScale(2, RoundingMode.HALF_UP).add(net);
            limit = limit.min(cap);
            steps.add(step("credit.limit.collateralCap", limit, percent(rule.unsecuredShare()), net));
        }
        if (input.requestedLimit() != null && input.requestedLimit().compareTo(limit) < 0) {
            limit = input.requestedLimit();
            steps.add(step("credit.limit.requestedCap", limit));
        }
        BigDecimal unit = BigDecimal.valueOf(Math.max(1, policy.roundTo()));
        BigDecimal rounded = limit.divide(unit, 0, RoundingMode.FLOOR).multiply(unit).setScale(2, RoundingMode.UNNECESSARY);
        steps.add(step("credit.limit.rounded", rounded, unit));
        return new ScoreResult.Limit(List.copyOf(steps), rounded);
    }

    private static BigDecimal positive(BigDecimal v) {
        return v.signum() < 0 ? BigDecimal.ZERO : v;
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).stripTrailingZeros();
    }

    private static ScoreResult.Step step(String key, BigDecimal amount, BigDecimal... args) {
        return new ScoreResult.Step(key, amount, List.of(args));
    }
}
