package com.creditwb.workbench.common.math;

import java.util.ArrayList;
import java.util.List;

/**
 * The efficacy-coefficient method (功效系数法, SPEC §4): an indicator is made dimensionless as
 * 60 + 40 × (x − min) / (max − min) over the values compared, so the worst scores 60 and the best 100.
 * For an indicator where lower is better (price sensitivity, time spent choosing) the scale runs the
 * other way: 60 + 40 × (max − x) / (max − min). When every value is the same none is worse than
 * another, and all score 100.
 */
public final class EfficacyCoefficient {

    private EfficacyCoefficient() {
    }

    public static double score(double x, double min, double max, boolean higherIsBetter) {
        if (Double.isNaN(x) || min > max) {
            throw new IllegalArgumentException("value or range is not a number");
        }
        if (max == min) {
            return 100;
        }
        double share = higherIsBetter ? (x - min) / (max - min) : (max - x) / (max - min);
        return 60 + 40 * share;
    }

    /** Scores every value against the others' minimum and maximum. */
    public static List<Double> scores(List<Double> values, boolean higherIsBetter) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Double> scores = new ArrayList<>(values.size());
        for (double v : values) {
            scores.add(score(v, min, max, higherIsBetter));
        }
        return scores;
    }
}
