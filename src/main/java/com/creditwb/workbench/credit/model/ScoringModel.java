package com.creditwb.workbench.credit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version's definition of the credit-scoring model (SPEC §3): the 5C factors and sub-factors with
 * weights and anchored scales, the financial-ratio scorecard, how the two make the composite, the
 * rating bands with their risk class, each class's countermeasures, and the limit policy. Immutable;
 * stored as JSON with its version so that an assessment always reads with the model it used.
 *
 * @param factors the five factors in {@link FiveC} order
 * @param factorAhp the upper triangle the factor weights were derived from (null when entered directly)
 * @param fiveCWeight weight of the 5C score in the composite
 * @param ratioWeight weight of the ratio score in the composite
 * @param ratioBands the default ratio scorecard
 * @param industryBands per industry (GB/T 4754 section letter), bands that replace the default ones for the same ratio
 * @param ratings rating bands, best first
 * @param classes countermeasures for every risk class
 * @param limit how the suggested limit is worked out
 * @param monitoring thresholds for alerts and the credit check
 */
public record ScoringModel(List<FactorDef> factors, List<Double> factorAhp, double fiveCWeight, double ratioWeight,
        List<RatioBand> ratioBands, Map<String, List<RatioBand>> industryBands, List<RatingBand> ratings,
        List<ClassRule> classes, LimitPolicy limit, Monitoring monitoring) {

    public ScoringModel {
        factors = List.copyOf(factors);
        factorAhp = factorAhp == null ? null : List.copyOf(factorAhp);
        ratioBands = List.copyOf(ratioBands);
        industryBands = industryBands == null ? Map.of() : Map.copyOf(industryBands);
        ratings = ratings.stream().sorted(Comparator.comparingDouble(RatingBand::minScore).reversed()).toList();
        classes = List.copyOf(classes);
    }

    /**
     * A factor of the model.
     *
     * @param ahp the upper triangle its sub-factor weights were derived from (null when entered directly)
     */
    public record FactorDef(FiveC factor, double weight, List<Double> ahp, List<SubFactorDef> subFactors) {
        public FactorDef {
            ahp = ahp == null ? null : List.copyOf(ahp);
            subFactors = List.copyOf(subFactors);
        }
    }

    /** A sub-factor: its weight within the factor and the five level descriptors in each language. */
    public record SubFactorDef(SubFactor code, double weight, List<String> levelsZh, List<String> levelsEn) {
        public SubFactorDef {
            levelsZh = List.copyOf(levelsZh);
            levelsEn = List.copyOf(levelsEn);
        }

        /** The descriptor of a level (1–5) in the language ("zh" or anything else for English). */
        public String level(int level, String language) {
            return ("zh".equals(language) ? levelsZh : levelsEn).get(level - 1);
        }
    }

    /** Higher-is-better or lower-is-better: only says how the points run; validation checks they do. */
    public enum Direction { HIGHER_BETTER, LOWER_BETTER }

    /**
     * A ratio's bands: ascending thresholds t1 < … < tk split the values into k + 1 intervals
     * (below t1, [t1, t2), …, at or above tk), each worth its points (0–100).
     */
    public record RatioBand(String ratio, double weight, Direction direction, List<Double> thresholds, List<Double> points) {
        public RatioBand {
            thresholds = List.copyOf(thresholds);
            points = List.copyOf(points);
        }

        public double pointsFor(double value) {
            int i = 0;
            while (i < thresholds.size() && value >= thresholds.get(i)) {
                i++;
            }
            return points.get(i);
        }
    }

    /** A rating grade from a minimum composite score, and the risk class it falls in. */
    public record RatingBand(String grade, double minScore, RiskClass riskClass) {
    }

    /**
     * A risk class's countermeasures (对策).
     *
     * @param limitFactor scales the base limit (0 for cash in advance or reject)
     * @param termsDays payment terms granted at most
     * @param unsecuredShare the share of the limit that may stand without collateral or guarantee (1 = none needed)
     * @param reviewMonths the decision falls due for review after this many months
     */
    public record ClassRule(RiskClass riskClass, double limitFactor, int termsDays, double unsecuredShare, int reviewMonths,
            String recommendationZh, String recommendationEn) {

        public String recommendation(String language) {
            return "zh".equals(language) ? recommendationZh : recommendationEn;
        }
    }

    /**
     * The suggested limit is the lower of a share of tangible net worth, a share of working capital and
     * the expected purchases over the payment terms, scaled by the class, capped by collateral and by the
     * amount requested, rounded down to {@code roundTo} 元.
     */
    public record LimitPolicy(double netWorthShare, double workingCapitalShare, long roundTo) {
    }

    /**
     * @param overdueBlockDays items overdue beyond this many days block new orders and raise an alert
     * @param expiryGraceDays a decision past its review date still serves (with review) this long, then expires
     * @param reviewUtilisation above this utilisation an order goes to review
     * @param reviewSoonDays a review is shown as coming due this many days ahead
     */
    public record Monitoring(int overdueBlockDays, int expiryGraceDays, double reviewUtilisation, int reviewSoonDays) {
    }

    public FactorDef factor(FiveC factor) {
        return factors.stream().filter(f -> f.factor() == factor).findFirst().orElseThrow();
    }

    public SubFactorDef subFactor(SubFactor code) {
        return factor(code.factor()).subFactors().stream().filter(s -> s.code() == code).findFirst().orElseThrow();
    }

    public ClassRule rule(RiskClass riskClass) {
        return classes.stream().filter(c -> c.riskClass() == riskClass).findFirst().orElseThrow();
    }

    /** The bands that apply to a customer of the industry: the industry's own where it has them. */
    public List<RatioBand> bandsFor(String industry) {
        List<RatioBand> own = industry == null ? List.of() : industryBands.getOrDefault(industry, List.of());
        List<RatioBand> result = new ArrayList<>();
        for (RatioBand band : ratioBands) {
            result.add(own.stream().filter(b -> b.ratio().equals(band.ratio())).findFirst().orElse(band));
        }
        return result;
    }

    public RatingBand ratingFor(double score) {
        return ratings.stream().filter(r -> score >= r.minScore()).findFirst().orElse(ratings.get(ratings.size() - 1));
    }

    public Optional<RatingBand> rating(String grade) {
        return ratings.stream().filter(r -> r.grade().equals(grade)).findFirst();
    }
}
