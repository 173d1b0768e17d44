package com.creditwb.workbench.alliance.domain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Options and candidate partners ranked by their weighted score: {@code Σ wᵢ sᵢ} over the criteria, scores
 * 1–5, weights normalised to sum to 1 (equal when none are given), so a score is again 1–5. Plain Java.
 */
public final class CandidateRanking {

    private CandidateRanking() {
    }

    public static Map<Criterion, Double> equalWeights() {
        Map<Criterion, Double> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, 1.0 / Criterion.values().length);
        }
        return w;
    }

    /** The weighted score, null until every criterion is scored. */
    public static Double score(Map<Criterion, Integer> scores, Map<Criterion, Double> weights) {
        Map<Criterion, Double> w = weights == null || weights.isEmpty() ? equalWeights() : weights;
        double total = w.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return null;
        }
        double sum = 0;
        for (Criterion c : Criterion.values()) {
            Integer s = scores.get(c);
            if (s == null) {
                return null;
            }
            sum += w.getOrDefault(c, 0.0) / total * s;
        }
        return sum;
    }

    /** Financial strength from a credit rating: AAA, AA → 5, A → 4, BBB → 3, BB → 2, B and below → 1. */
    public static Integer financialStrength(String rating) {
        if (rating == null) {
            return null;
        }
        return switch (rating) {
            case "AAA", "AA" -> 5;
            case "A" -> 4;
            case "BBB" -> 3;
            case "BB" -> 2;
            default -> 1;
        };
    }

    /** Best first; unscored ones last. */
    public static <T> List<T> ranked(List<T> items, java.util.function.Function<T, Double> score) {
        return items.stream().sorted(Comparator.comparing(score, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }
}
