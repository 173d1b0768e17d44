package com.creditwb.workbench.credit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.domain.Evaluation;
import com.creditwb.workbench.credit.model.CollateralType;
import com.creditwb.workbench.credit.model.DefaultScoringModel;
import com.creditwb.workbench.credit.model.FiveC;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.statement.domain.LineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The score, rating, class and limit on a worked example with the default model (equal factor and
 * sub-factor weights, composite 60 % 5C / 40 % ratios, ratings and classes as in DefaultScoringModel).
 */
class ScorerTest {

    static final ScoringModel MODEL = DefaultScoringModel.build(k -> "zh:" + k, k -> "en:" + k);

    /** Character all 4, capacity all 3, capital 4/4/4/5, collateral 3 and 1, conditions all 5. */
    static Map<SubFactor, AssessmentInput.SubScore> scores() {
        Map<SubFactor, AssessmentInput.SubScore> s = new EnumMap<>(SubFactor.class);
        for (SubFactor sub : SubFactor.values()) {
            int level = switch (sub.factor()) {
                case CHARACTER, CAPITAL -> 4;
                case CAPACITY -> 3;
                case COLLATERAL -> 3;
                case CONDITIONS -> 5;
            };
            s.put(sub, new AssessmentInput.SubScore(level, "c", false));
        }
        s.put(SubFactor.FINANCIAL_CONDITION, new AssessmentInput.SubScore(5, null, false));
        s.put(SubFactor.COLLATERAL_CONDITION, new AssessmentInput.SubScore(1, null, false));
        return s;
    }

    static AssessmentInput input() {
        return new AssessmentInput(new BigDecimal("2500000"), 90, new BigDecimal("18250000"), CollateralType.REAL_ESTATE,
                new BigDecimal("400000"), 0.3, LocalDate.of(2025, 12, 31), scores());
    }

    static CreditFacts facts() {
        Map<LineItem, BigDecimal> amounts = new EnumMap<>(LineItem.class);
        amounts.put(LineItem.BS_EQUITY_TOTAL, new BigDecimal("50000000"));
        amounts.put(LineItem.BS_INTANGIBLES, new BigDecimal("5000000"));
        amounts.put(LineItem.BS_GOODWILL, new BigDecimal("2000000"));
        amounts.put(LineItem.BS_CA_TOTAL, new BigDecimal("30000000"));
        amounts.put(LineItem.BS_CL_TOTAL, new BigDecimal("20000000"));
        Map<String, CreditFacts.RatioValue> ratios = new HashMap<>();
        ratios.put("currentRatio", ok(1.6));
        ratios.put("quickRatio", ok(0.9));
        ratios.put("debtRatio", ok(0.5));
        ratios.put("interestCoverage", new CreditFacts.RatioValue(null, false, "noInterestExpense"));
        ratios.put("dso", ok(45));
        ratios.put("netMargin", ok(0.05));
        ratios.put("roe", ok(0.12));
        ratios.put("revenueGrowth", ok(0.08));
        ratios.put("ocfToCurrentLiabilities", ok(0.25));
        return new CreditFacts("F", LocalDate.of(2010, 3, 1), 5, null, 0.10, LocalDate.of(2025, 11, 23), amounts, ratios);
    }

    static CreditFacts.RatioValue ok(double v) {
        return new CreditFacts.RatioValue(v, true, null);
    }

    @Test
    void factor_scores_map_levels_to_0_100_and_average_within_the_factor() {
        ScoreResult r = Scorer.score(MODEL, input(), facts());
        // level s counts (s − 1) / 4 × 100: 4 → 75, 3 → 50, 5 → 100, 1 → 0
        assertThat(r.factorScores().get(FiveC.CHARACTER)).isCloseTo(75, within(1e-9));
        assertThat(r.factorScores().get(FiveC.CAPACITY)).isCloseTo(50, within(1e-9));
        assertThat(r.factorScores().get(FiveC.CAPITAL)).isCloseTo((75 + 75 + 75 + 100) / 4.0, within(1e-9)); // 81.25
        assertThat(r.factorScores().get(FiveC.COLLATERAL)).isCloseTo((50 + 0) / 2.0, within(1e-9)); // 25
        assertThat(r.factorScores().get(FiveC.CONDITIONS)).isCloseTo(100, within(1e-9));
        // 0.2 × (75 + 50 + 81.25 + 25 + 100) = 66.25
        assertThat(r.fiveCScore()).isCloseTo(66.25, within(1e-9));
    }

    @Test
    void a_ratio_that_is_not_meaningful_is_listed_and_its_weight_goes_to_the_others() {
        ScoreResult r = Scorer.score(MODEL, input(), facts());
        assertThat(r.missingRatios()).extracting(ScoreResult.MissingRatio::ratio, ScoreResult.MissingRatio::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("interestCoverage", "noInterestExpense"));
        // points: current 1.6 → 75, quick 0.9 → 50, debt 0.5 → 75 (lower is better), DSO 45 → 75, net margin 5 % → 50,
        // ROE 12 % → 75, growth 8 % → 75, OCF/CL 0.25 → 75; weights 0.15, 0.10, 0.15, 0.10 × 5 = 0.90 in all
        // (11.25 + 5 + 11.25 + 7.5 + 5 + 7.5 + 7.5 + 7.5) / 0.90 = 62.5 / 0.9 = 69.444…
        assertThat(r.ratioScore()).isCloseTo(62.5 / 0.9, within(1e-9));
        assertThat(r.ratioLines()).hasSize(8);
        assertThat(r.ratioLines().stream().mapToDouble(ScoreResult.RatioLine::weight).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(r.ratioLines().stream().filter(l -> l.ratio().equals("debtRatio")).findFirst().orElseThrow().points()).isEqualTo(75);
    }

    @Test
    void composite_rating_class_and_countermeasures_follow_the_bands() {
        ScoreResult r = Scorer.score(MODEL, input(), facts());
        // 0.6 × 66.25 + 0.4 × 69.444 = 39.75 + 27.778 = 67.528 → 67.5: BBB (60–70), medium risk
        assertThat(r.composite()).isEqualTo(67.5);
        assertThat(r.rating()).isEqualTo("BBB");
        assertThat(r.riskClass()).isEqualTo(RiskClass.MEDIUM);
        assertThat(r.termsDays()).isEqualTo(60); // class allows 60, 90 were requested
        assertThat(r.reviewMonths()).isEqualTo(12);
        assertThat(r.recommendationEn()).isEqualTo("en:credit.recommendation.MEDIUM");
    }

    @Test
    void the_limit_is_the_lowest_of_net_worth_working_capital_and_purchases_scaled_by_the_class() {
        ScoreResult.Limit limit = Scorer.score(MODEL, input(), facts()).limit();
        // TNW = 50,000,000 − (5,000,000 + 2,000,000) = 43,000,000 → A = 10 % = 4,300,000
        // WC = 30,000,000 − 20,000,000 = 10,000,000 → B = 20 % = 2,000,000
        // C = 18,250,000 × 60 / 365 = 3,000,000; base = 2,000,000; medium factor 1.0; below the 2,500,000 requested
        assertThat(limit.steps()).extracting(ScoreResult.Step::key).containsExactly("credit.limit.tnw", "credit.limit.tnwShare",
                "credit.limit.wc", "credit.limit.wcShare", "credit.limit.purchases", "credit.limit.base", "credit.limit.classFactor",
                "credit.limit.rounded");
        assertThat(limit.steps().get(0).amount()).isEqualByComparingTo("43000000");
        assertThat(limit.steps().get(1).amount()).isEqualByComparingTo("4300000");
        assertThat(limit.steps().get(3).amount()).isEqualByComparingTo("2000000");
        assertThat(limit.steps().get(4).amount()).isEqualByComparingTo("3000000");
        assertThat(limit.suggested()).isEqualByComparingTo("2000000");
    }

    @Test
    void a_high_risk_class_shortens_terms_scales_the_limit_and_caps_it_by_collateral() {
        Evaluation e = Evaluation.of(1, MODEL, input(), facts(), new CreditOverride(null, RiskClass.HIGH, null, "watch list"));
        // terms 30 → C = 18,250,000 × 30 / 365 = 1,500,000 = base; × 0.6 = 900,000;
        // net collateral = 400,000 × (1 − 0.3) = 280,000; cap = 900,000 × 50 % + 280,000 = 730,000
        assertThat(e.riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(e.rating()).isEqualTo("BBB");
        assertThat(e.termsDays()).isEqualTo(30);
        assertThat(e.reviewMonths()).isEqualTo(6);
        assertThat(e.result().limit().steps()).extracting(ScoreResult.Step::key).contains("credit.limit.collateralCap");
        assertThat(e.limit()).isEqualByComparingTo("730000");
    }

    @Test
    void an_overridden_rating_brings_its_class_and_an_overridden_limit_replaces_the_suggestion() {
        Evaluation e = Evaluation.of(1, MODEL, input(), facts(), new CreditOverride("AA", null, new BigDecimal("2200000"), "parent guarantee"));
        assertThat(e.rating()).isEqualTo("AA");
        assertThat(e.riskClass()).isEqualTo(RiskClass.LOW);
        assertThat(e.termsDays()).isEqualTo(90);
        assertThat(e.limit()).isEqualByComparingTo("2200000");
        assertThat(e.result().composite()).isEqualTo(67.5);
        assertThat(e.overridden()).isTrue();
    }

    @Test
    void without_statements_the_composite_is_the_5c_score_and_the_limit_comes_from_purchases() {
        CreditFacts none = new CreditFacts("F", null, null, null, null, LocalDate.of(2025, 11, 23), Map.of(), Map.of());
        ScoreResult r = Scorer.score(MODEL, input(), none);
        assertThat(r.ratioScore()).isNull();
        assertThat(r.missingRatios()).hasSize(9).allMatch(m -> m.reason().equals("noStatements"));
        assertThat(r.composite()).isEqualTo(66.3); // 66.25 rounded to one decimal
        assertThat(r.limit().steps()).extracting(ScoreResult.Step::key).contains("credit.limit.noStatements");
        assertThat(r.limit().suggested()).isEqualByComparingTo("2500000"); // C = 3,000,000 capped at the request
    }

    @Test
    void industry_bands_replace_the_default_bands_of_the_same_ratio() {
        CreditFacts construction = new CreditFacts("E", null, null, null, null, LocalDate.of(2025, 11, 23), facts().amounts(),
                facts().ratios());
        ScoreResult r = Scorer.score(MODEL, input(), construction);
        // construction DSO bands 60/90/120/180 (lower is better): 45 days → 100 points instead of 75
        assertThat(r.ratioLines().stream().filter(l -> l.ratio().equals("dso")).findFirst().orElseThrow().points()).isEqualTo(100);
    }

    @Test
    void data_answers_history_bank_relations_payment_record_financial_condition_and_collateral() {
        AssessmentInput empty = input().withScores(Map.of());
        Map<SubFactor, Integer> pre = Prefill.scores(facts(), empty, 62.5 / 0.9);
        assertThat(pre).containsEntry(SubFactor.HISTORY, 4) // 2010-03-01 to 2025-11-23: 15 years
                .containsEntry(SubFactor.BANK_RELATIONS, 5) // credit file level
                .containsEntry(SubFactor.CREDIT_RATING, 3) // 10 % overdue beyond 30 days
                .containsEntry(SubFactor.FINANCIAL_CONDITION, 4) // ratio score 69.4
                .containsEntry(SubFactor.COLLATERAL_CONDITION, 1); // 280,000 / 2,500,000 = 11 % coverage
        AssessmentInput applied = Prefill.apply(input(), pre);
        // a score the user entered stays; the others are marked pre-filled
        assertThat(applied.scores().get(SubFactor.HISTORY)).isEqualTo(input().scores().get(SubFactor.HISTORY));
        assertThat(Prefill.apply(empty, pre).scores().get(SubFactor.HISTORY)).isEqualTo(new AssessmentInput.SubScore(4, null, true));
    }
}
