package com.creditwb.workbench.credit.model;

import com.creditwb.workbench.common.math.Ahp;
import com.creditwb.workbench.statement.ratio.RatioEngine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What must hold before a model can be saved as a new version; each problem names its field. */
public final class ModelCheck {

    /** A problem: the field (e.g. {@code ratioBands[2].thresholds}), a message key and its arguments. */
    public record Problem(String field, String key, List<Object> args) {
    }

    private ModelCheck() {
    }

    public static List<Problem> problems(ScoringModel m) {
        List<Problem> p = new ArrayList<>();
        if (m.factors().size() != FiveC.values().length) {
            p.add(new Problem("factors", "credit.model.error.factors", List.of()));
            return p;
        }
        weights(p, "factors", m.factors().stream().map(ScoringModel.FactorDef::weight).toList());
        ahp(p, "factorAhp", m.factorAhp(), FiveC.values().length);
        for (ScoringModel.FactorDef f : m.factors()) {
            String field = "factors." + f.factor();
            if (!f.subFactors().stream().map(ScoringModel.SubFactorDef::code).toList().equals(SubFactor.of(f.factor()))) {
                p.add(new Problem(field, "credit.model.error.subFactors", List.of()));
                continue;
            }
            weights(p, field, f.subFactors().stream().map(ScoringModel.SubFactorDef::weight).toList());
            ahp(p, field + ".ahp", f.ahp(), f.subFactors().size());
            for (ScoringModel.SubFactorDef s : f.subFactors()) {
                for (List<String> levels : List.of(s.levelsZh(), s.levelsEn())) {
                    if (levels.size() != SubFactor.MAX || levels.stream().anyMatch(l -> l == null || l.isBlank())) {
                        p.add(new Problem("subFactors." + s.code(), "credit.model.error.descriptors", List.of()));
                        break;
                    }
                }
            }
        }
        if (m.fiveCWeight() < 0 || m.ratioWeight() < 0 || m.fiveCWeight() + m.ratioWeight() <= 0) {
            p.add(new Problem("compositeWeights", "credit.model.error.weights", List.of()));
        }
        bands(p, "ratioBands", m.ratioBands());
        for (Map.Entry<String, List<ScoringModel.RatioBand>> e : m.industryBands().entrySet()) {
            bands(p, "industryBands." + e.getKey(), e.getValue());
        }
        Set<String> grades = new HashSet<>();
        for (ScoringModel.RatingBand r : m.ratings()) {
            if (r.grade() == null || r.grade().isBlank() || r.grade().length() > 8 || !grades.add(r.grade())
                    || r.minScore() < 0 || r.minScore() > 100 || r.riskClass() == null) {
                p.add(new Problem("ratings." + r.grade(), "credit.model.error.rating", List.of()));
            }
        }
        if (m.ratings().isEmpty() || m.ratings().get(m.ratings().size() - 1).minScore() != 0) {
            p.add(new Problem("ratings", "credit.model.error.lowestRating", List.of()));
        }
        Set<RiskClass> classes = EnumSet.noneOf(RiskClass.class);
        for (ScoringModel.ClassRule c : m.classes()) {
            if (c.riskClass() == null || !classes.add(c.riskClass()) || c.limitFactor() < 0 || c.termsDays() < 0
                    || c.unsecuredShare() < 0 || c.unsecuredShare() > 1 || c.reviewMonths() < 1
                    || blank(c.recommendationZh()) || blank(c.recommendationEn())) {
                p.add(new Problem("classes." + c.riskClass(), "credit.model.error.class", List.of()));
            }
        }
        if (classes.size() != RiskClass.values().length) {
            p.add(new Problem("classes", "credit.model.error.classes", List.of()));
        }
        ScoringModel.LimitPolicy l = m.limit();
        if (l == null || l.netWorthShare() < 0 || l.netWorthShare() > 1 || l.workingCapitalShare() < 0
                || l.workingCapitalShare() > 1 || l.roundTo() < 1) {
            p.add(new Problem("limit", "credit.model.error.limit", List.of()));
        }
        ScoringModel.Monitoring mo = m.monitoring();
        if (mo == null || mo.overdueBlockDays() < 1 || mo.expiryGraceDays() < 0 || mo.reviewUtilisation() <= 0
                || mo.reviewUtilisation() > 1 || mo.reviewSoonDays() < 0) {
            p.add(new Problem("monitoring", "credit.model.error.monitoring", List.of()));
        }
        return p;
    }

    private static void weights(List<Problem> p, String field, List<Double> weights) {
        if (weights.stream().anyMatch(w -> w == null || w < 0 || w.isNaN()) || weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            p.add(new Problem(field, "credit.model.error.weights", List.of()));
        }
    }

    private static void ahp(List<Problem> p, String field, List<Double> upper, int n) {
        if (upper == null) {
            return;
        }
        try {
            Ahp.Result r = Ahp.weigh(Ahp.fromUpper(upper.stream().mapToDouble(Double::doubleValue).toArray()));
            if (r.weights().length != n) {
                p.add(new Problem(field, "credit.model.error.ahpSize", List.of(n)));
            } else if (!r.consistent()) {
                p.add(new Problem(field, "credit.ahp.inconsistent", List.of(r.cr())));
            }
        } catch (Ahp.InvalidMatrixException e) {
            p.add(new Problem(field, "ahp." + e.code(), List.of(e.args())));
        }
    }

    private static void bands(List<Problem> p, String field, List<ScoringModel.RatioBand> bands) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            ScoringModel.RatioBand b = bands.get(i);
            String f = field + "[" + i + "]";
            if (!RatioEngine.KEYS.contains(b.ratio()) || !seen.add(b.ratio())) {
                p.add(new Problem(f, "credit.model.error.ratio", List.of(String.valueOf(b.ratio()))));
                continue;
            }
            boolean ascending = true;
            for (int t = 1; t < b.thresholds().size(); t++) {
                ascending &= b.thresholds().get(t) > b.thresholds().get(t - 1);
            }
            boolean pointsOk = b.points().size() == b.thresholds().size() + 1
                    && b.points().stream().allMatch(x -> x != null && x >= 0 && x <= 100);
            boolean monotone = pointsOk;
            for (int t = 1; pointsOk && t < b.points().size(); t++) {
                double d = b.points().get(t) - b.points().get(t - 1);
                monotone &= b.direction() == ScoringModel.Direction.HIGHER_BETTER ? d >= 0 : d <= 0;
            }
            if (b.weight() < 0 || b.thresholds().isEmpty() || !ascending || !pointsOk || !monotone) {
                p.add(new Problem(f, "credit.model.error.band", List.of(b.ratio())));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
