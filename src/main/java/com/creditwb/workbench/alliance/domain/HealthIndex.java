package com.creditwb.workbench.alliance.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The health of an alliance from one side's scores of the six principles (SPEC §5): {@code index = 100 ×
 * Σ wᵢ (sᵢ − 1) / 4} with weights summing to 1 (equal by default), so all 1s are 0 and all 5s are 100;
 * the gap per principle is our score less the partner's. A principle scored at or below the threshold
 * (default 2) calls for a risk. Plain Java.
 */
public final class HealthIndex {

    /** Scores at or below this open a risk linked to the principle. */
    public static final int DEFAULT_THRESHOLD = 2;

    private HealthIndex() {
    }

    /** Equal weights, 1/6 each. */
    public static Map<Principle, Double> equalWeights() {
        Map<Principle, Double> w = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            w.put(p, 1.0 / Principle.values().length);
        }
        return w;
    }

    /** The index 0–100 of a complete set of scores (1–5 each). */
    public static double index(Map<Principle, Integer> scores, Map<Principle, Double> weights) {
        double sum = 0;
        double weightSum = 0;
        for (Principle p : Principle.values()) {
            Integer s = scores.get(p);
            if (s == null) {
                throw new IllegalArgumentException("no score for " + p);
            }
            double w = weights.getOrDefault(p, 0.0);
            sum += w * (s - 1) / 4.0;
            weightSum += w;
        }
        if (Math.abs(weightSum - 1) > 1e-4) {
            throw new IllegalArgumentException("weights sum to " + weightSum);
        }
        return 100 * sum / weightSum;
    }

    /** Our score less the partner's, per principle the partner scored. */
    public static Map<Principle, Integer> gaps(Map<Principle, Integer> ours, Map<Principle, Integer> partner) {
        Map<Principle, Integer> gaps = new EnumMap<>(Principle.class);
        if (partner != null) {
            partner.forEach((p, s) -> {
                if (ours.containsKey(p)) {
                    gaps.put(p, ours.get(p) - s);
                }
            });
        }
        return gaps;
    }

    /** The index as a band: 0–39 weak, 40–69 fair, 70–100 strong (for lists and filters). */
    public enum Band {
        WEAK, FAIR, STRONG;

        public static Band of(double index) {
            return index < 40 ? WEAK : index < 70 ? FAIR : STRONG;
        }
    }
}
