package com.creditwb.workbench.credit.model;

import com.creditwb.workbench.credit.model.ScoringModel.ClassRule;
import com.creditwb.workbench.credit.model.ScoringModel.Direction;
import com.creditwb.workbench.credit.model.ScoringModel.FactorDef;
import com.creditwb.workbench.credit.model.ScoringModel.RatingBand;
import com.creditwb.workbench.credit.model.ScoringModel.RatioBand;
import com.creditwb.workbench.credit.model.ScoringModel.SubFactorDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The model a new installation starts with (version 1). Level descriptors and recommendations come
 * from the message bundles (zh and en), worded after seed 002; the administrator can change all of it.
 *
 * <p>Defaults: factors weighted equally (0.2 each) and sub-factors equally within their factor; the
 * composite is 60 % 5C and 40 % ratios; ratings AAA ≥ 90, AA ≥ 80, A ≥ 70, BBB ≥ 60, BB ≥ 50, B ≥ 40,
 * C below; classes and countermeasures as SPEC §3.3 describes them.
 */
public final class DefaultScoringModel {

    private DefaultScoringModel() {
    }

    /**
     * @param zh text of a message key in Chinese
     * @param en text of a message key in English
     */
    public static ScoringModel build(Function<String, String> zh, Function<String, String> en) {
        List<FactorDef> factors = new ArrayList<>();
        for (FiveC factor : FiveC.values()) {
            List<SubFactor> subs = SubFactor.of(factor);
            List<SubFactorDef> defs = new ArrayList<>();
            for (SubFactor sub : subs) {
                List<String> levelsZh = new ArrayList<>();
                List<String> levelsEn = new ArrayList<>();
                for (int level = SubFactor.MIN; level <= SubFactor.MAX; level++) {
                    levelsZh.add(zh.apply(sub.levelKey(level)));
                    levelsEn.add(en.apply(sub.levelKey(level)));
                }
                defs.add(new SubFactorDef(sub, round(1.0 / subs.size()), levelsZh, levelsEn));
            }
            factors.add(new FactorDef(factor, 0.2, null, defs));
        }
        List<RatioBand> bands = List.of(
                higher("currentRatio", 0.15, 0.8, 1.0, 1.5, 2.0),
                higher("quickRatio", 0.10, 0.5, 0.8, 1.0, 1.5),
                lower("debtRatio", 0.15, 0.40, 0.55, 0.70, 0.85),
                higher("interestCoverage", 0.10, 1, 2, 4, 8),
                lower("dso", 0.10, 30, 60, 90, 120),
                higher("netMargin", 0.10, 0, 0.03, 0.08, 0.15),
                higher("roe", 0.10, 0, 0.05, 0.10, 0.15),
                higher("revenueGrowth", 0.10, -0.10, 0, 0.05, 0.15),
                higher("ocfToCurrentLiabilities", 0.10, 0, 0.10, 0.20, 0.40));
        // construction (E): long collection periods and high gearing are the trade's norm
        Map<String, List<RatioBand>> industry = Map.of("E", List.of(
                lower("dso", 0.10, 60, 90, 120, 180),
                lower("debtRatio", 0.15, 0.50, 0.65, 0.75, 0.90)));
        List<RatingBand> ratings = List.of(
                new RatingBand("AAA", 90, RiskClass.LOW), new RatingBand("AA", 80, RiskClass.LOW),
                new RatingBand("A", 70, RiskClass.MEDIUM), new RatingBand("BBB", 60, RiskClass.MEDIUM),
                new RatingBand("BB", 50, RiskClass.HIGH), new RatingBand("B", 40, RiskClass.VERY_HIGH),
                new RatingBand("C", 0, RiskClass.REJECT));
        List<ClassRule> classes = List.of(
                rule(RiskClass.LOW, 1.2, 90, 1.0, 24, zh, en),
                rule(RiskClass.MEDIUM, 1.0, 60, 1.0, 12, zh, en),
                rule(RiskClass.HIGH, 0.6, 30, 0.5, 6, zh, en),
                rule(RiskClass.VERY_HIGH, 0, 0, 0, 3, zh, en),
                rule(RiskClass.REJECT, 0, 0, 0, 12, zh, en));
        return new ScoringModel(factors, null, 0.6, 0.4, bands, industry, ratings, classes,
                new ScoringModel.LimitPolicy(0.10, 0.20, 1000), new ScoringModel.Monitoring(60, 30, 0.9, 30));
    }

    private static ClassRule rule(RiskClass c, double factor, int terms, double unsecured, int months,
            Function<String, String> zh, Function<String, String> en) {
        String key = "credit.recommendation." + c.name();
        return new ClassRule(c, factor, terms, unsecured, months, zh.apply(key), en.apply(key));
    }

    static RatioBand higher(String ratio, double weight, double... thresholds) {
        return new RatioBand(ratio, weight, Direction.HIGHER_BETTER, boxed(thresholds), List.of(0.0, 25.0, 50.0, 75.0, 100.0));
    }

    static RatioBand lower(String ratio, double weight, double... thresholds) {
        return new RatioBand(ratio, weight, Direction.LOWER_BETTER, boxed(thresholds), List.of(100.0, 75.0, 50.0, 25.0, 0.0));
    }

    private static List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
