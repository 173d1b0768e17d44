package com.creditwb.workbench.servicequality.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SERVQUAL model (Parasuraman, Zeithaml and Berry, 1988; seed 002: Servqual 分数 = 实际感受分数 − 期望分数) over a
 * round's responses. Plain Java.
 * <ul>
 * <li>Item gap = mean over the respondents of P − E (perception minus expectation, each 1–7); dimension gap = mean of
 * its items' gaps; SERVQUAL = mean of the dimension gaps.</li>
 * <li>Weights: each respondent's importance points normalised to sum 1 (equal when none are given), averaged over
 * the respondents; weighted SERVQUAL = Σ w_d · gap_d.</li>
 * <li>Satisfaction index CSI = 100 × Σ w_d (P̄_d − 1) / 6, P̄_d the dimension's mean perception (mean of its items'
 * means): 0 when everything is perceived at 1, 100 at 7.</li>
 * <li>NPS = % promoters (9–10) − % detractors (0–6) of those who answered the recommendation question.</li>
 * </ul>
 */
public final class Servqual {

    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 7;
    /** A respondent spreads this many importance points over the dimensions. */
    public static final int POINTS = 100;

    /** One respondent's answers: per dimension the expectation and perception of each item in order, importance points, 0–10. */
    public record Response(Map<Dimension, List<Integer>> expectation, Map<Dimension, List<Integer>> perception,
            Map<Dimension, Double> importance, Integer recommend) {
    }

    /** One dimension over the round. */
    public record DimensionResult(double gap, double meanPerception, double meanExpectation, double weight) {
    }

    /** The round: each dimension, SERVQUAL, weighted SERVQUAL, CSI and NPS (null when nobody answered 0–10). */
    public record Result(Map<Dimension, DimensionResult> dimensions, double servqual, double weighted, double csi, Double nps,
            int respondents) {
    }

    /** Something wrong in the responses: where ({@code responses[0].perception.TANGIBLES[2]}) and what (a message code). */
    public record Problem(String field, String code) {
    }

    private Servqual() {
    }

    /**
     * What is wrong with the responses before they can be scored: a score outside 1–7, an item answered for
     * expectation but not perception (or the reverse), a dimension not asked, negative importance, a
     * recommendation outside 0–10. Empty when they can be scored.
     */
    public static List<Problem> problems(List<Dimension> dimensions, List<Response> responses) {
        List<Problem> problems = new ArrayList<>();
        if (dimensions == null || dimensions.isEmpty()) {
            problems.add(new Problem("dimensions", "required"));
            return problems;
        }
        if (dimensions.stream().anyMatch(java.util.Objects::isNull) || dimensions.stream().distinct().count() != dimensions.size()) {
            problems.add(new Problem("dimensions", "repeated"));
        }
        if (responses == null || responses.isEmpty()) {
            problems.add(new Problem("responses", "required"));
            return problems;
        }
        for (int r = 0; r < responses.size(); r++) {
            Response x = responses.get(r);
            String at = "responses[" + r + "]";
            if (x == null || x.expectation() == null || x.perception() == null) {
                problems.add(new Problem(at, "missingItem"));
                continue;
            }
            List<java.util.Set<Dimension>> given = List.of(x.expectation().keySet(), x.perception().keySet(),
                    x.importance() == null ? java.util.Set.of() : x.importance().keySet());
            for (java.util.Set<Dimension> keys : given) {
                for (Dimension d : keys) {
                    if (!dimensions.contains(d)) {
                        problems.add(new Problem(at + "." + d, "notAsked"));
                    }
                }
            }
            for (Dimension d : dimensions) {
                List<Integer> e = x.expectation().get(d);
                List<Integer> p = x.perception().get(d);
                if (e == null || p == null || e.isEmpty() || e.size() != p.size()) {
                    problems.add(new Problem(at + ".perception." + d, "missingItem"));
                    continue;
                }
                scale(problems, at + ".expectation." + d, e);
                scale(problems, at + ".perception." + d, p);
            }
            if (x.importance() != null) {
                x.importance().forEach((d, w) -> {
                    if (w == null || !Double.isFinite(w) || w < 0 || w > 1e6) {
                        problems.add(new Problem(at + ".importance." + d, "importance"));
                    }
                });
            }
            if (x.recommend() != null && (x.recommend() < 0 || x.recommend() > 10)) {
                problems.add(new Problem(at + ".recommend", "recommend"));
            }
        }
        if (problems.isEmpty()) {
            // every respondent answers the same number of items per dimension
            for (Dimension d : dimensions) {
                int items = responses.get(0).expectation().get(d).size();
                for (int r = 1; r < responses.size(); r++) {
                    if (responses.get(r).expectation().get(d).size() != items) {
                        problems.add(new Problem("responses[" + r + "].perception." + d, "missingItem"));
                    }
                }
            }
        }
        return problems;
    }

    private static void scale(List<Problem> problems, String field, List<Integer> scores) {
        for (int i = 0; i < scores.size(); i++) {
            Integer s = scores.get(i);
            if (s == null || s < SCALE_MIN || s > SCALE_MAX) {
                problems.add(new Problem(field + "[" + i + "]", "scale"));
            }
        }
    }

    /** Scores responses that have no {@link #problems}. */
    public static Result of(List<Dimension> dimensions, List<Response> responses) {
        if (!problems(dimensions, responses).isEmpty()) {
            throw new IllegalArgumentException("responses with problems: " + problems(dimensions, responses));
        }
        int n = responses.size();
        Map<Dimension, Double> weights = weights(dimensions, responses);
        Map<Dimension, DimensionResult> results = new LinkedHashMap<>();
        double gapSum = 0;
        double weighted = 0;
        double csi = 0;
        for (Dimension d : dimensions) {
            int items = responses.get(0).expectation().get(d).size();
            double gap = 0;
            double perception = 0;
            double expectation = 0;
            for (int i = 0; i < items; i++) {
                double e = 0;
                double p = 0;
                for (Response r : responses) {
                    e += r.expectation().get(d).get(i);
                    p += r.perception().get(d).get(i);
                }
                expectation += e / n;
                perception += p / n;
                gap += (p - e) / n;
            }
            gap /= items;
            perception /= items;
            expectation /= items;
            double w = weights.get(d);
            results.put(d, new DimensionResult(gap, perception, expectation, w));
            gapSum += gap;
            weighted += w * gap;
            csi += w * (perception - 1) / 6;
        }
        return new Result(results, gapSum / dimensions.size(), weighted, 100 * csi, nps(responses), n);
    }

    /**
     * Several rounds taken together (a segment, the portfolio, a half-year): each dimension's gap, mean perception,
     * mean expectation and weight averaged over the rounds by their respondents — the same as scoring all their
     * respondents at once when the rounds asked the same statements, and still meaningful when a questionnaire
     * version changed its statements — then SERVQUAL, weighted SERVQUAL and CSI from those means as for one round.
     * The NPS is given, counted over all the recommendation answers. Null without respondents.
     */
    public static Result pool(List<Dimension> dimensions, List<Result> rounds, Double nps) {
        int n = rounds.stream().mapToInt(Result::respondents).sum();
        if (n == 0) {
            return null;
        }
        Map<Dimension, DimensionResult> results = new LinkedHashMap<>();
        double gapSum = 0;
        double weighted = 0;
        double csi = 0;
        for (Dimension d : dimensions) {
            double gap = 0;
            double perception = 0;
            double expectation = 0;
            double weight = 0;
            for (Result r : rounds) {
                DimensionResult x = r.dimensions().get(d);
                double share = (double) r.respondents() / n;
                gap += share * x.gap();
                perception += share * x.meanPerception();
                expectation += share * x.meanExpectation();
                weight += share * x.weight();
            }
            results.put(d, new DimensionResult(gap, perception, expectation, weight));
            gapSum += gap;
            weighted += weight * gap;
            csi += weight * (perception - 1) / 6;
        }
        return new Result(results, gapSum / dimensions.size(), weighted, 100 * csi, nps, n);
    }

    /** Each respondent's importance normalised to sum 1 (equal without importance), averaged over the respondents. */
    static Map<Dimension, Double> weights(List<Dimension> dimensions, List<Response> responses) {
        Map<Dimension, Double> sum = new LinkedHashMap<>();
        dimensions.forEach(d -> sum.put(d, 0.0));
        for (Response r : responses) {
            double total = 0;
            if (r.importance() != null) {
                for (Dimension d : dimensions) {
                    total += r.importance().getOrDefault(d, 0.0);
                }
            }
            for (Dimension d : dimensions) {
                double w = total > 0 ? r.importance().getOrDefault(d, 0.0) / total : 1.0 / dimensions.size();
                sum.merge(d, w, Double::sum);
            }
        }
        sum.replaceAll((d, w) -> w / responses.size());
        return sum;
    }

    /** The importance points a respondent gave. */
    public static double points(Map<Dimension, Double> importance) {
        return importance.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).sum();
    }

    /** Whether a respondent's importance points add up to {@link #POINTS}, as the questionnaire asks. */
    public static boolean pointsAddUp(Map<Dimension, Double> importance) {
        return Math.abs(points(importance) - POINTS) < 1e-9;
    }

    /** % promoters (9–10) − % detractors (0–6); null when nobody answered. */
    public static Double nps(List<Response> responses) {
        List<Integer> answers = responses.stream().map(Response::recommend).filter(x -> x != null).toList();
        if (answers.isEmpty()) {
            return null;
        }
        long promoters = answers.stream().filter(x -> x >= 9).count();
        long detractors = answers.stream().filter(x -> x <= 6).count();
        return 100.0 * (promoters - detractors) / answers.size();
    }
}
