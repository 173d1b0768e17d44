package com.creditwb.workbench.keyaccount.value;

import java.util.List;

/**
 * Gale's customer-value measurement (盖尔顾客价值测量方法, seed 001). The customer rates us and a competitor
 * on the quality elements and on the price elements they care about, each element weighted within its
 * dimension. A quality element's relative score is our score over the competitor's; a price element's is
 * the customer's satisfaction with our price over that with the competitor's (the seed's line lost its
 * operator; it is read so that above 1 means better than the competitor in both dimensions). Market-
 * perceived quality MV = Σ Q·W1, competitive price CP = Σ P·W2, and the customer value
 * CV = p·MV + (1 − p)·CP, p being the weight of quality against price.
 */
public final class GaleValue {

    public enum Dimension { QUALITY, PRICE }

    /** One element: what it is, its weight within its dimension, our and the competitor's rating. */
    public record Element(Dimension dimension, String name, double weight, double ours, double competitor) {

        public double relative() {
            return ours / competitor;
        }
    }

    public record Survey(double qualityWeight, List<Element> elements) {
        public static final Survey EMPTY = new Survey(0.5, List.of());
    }

    public record Result(double marketQuality, double competitivePrice, double customerValue) {
    }

    private GaleValue() {
    }

    /** MV, CP and CV; null when a dimension has no element. Weights are normalised within each dimension. */
    public static Result of(Survey survey) {
        if (survey.qualityWeight() < 0 || survey.qualityWeight() > 1) {
            throw new IllegalArgumentException("p must be between 0 and 1");
        }
        Double mv = weighted(survey.elements(), Dimension.QUALITY);
        Double cp = weighted(survey.elements(), Dimension.PRICE);
        if (mv == null || cp == null) {
            return null;
        }
        double p = survey.qualityWeight();
        return new Result(mv, cp, p * mv + (1 - p) * cp);
    }

    private static Double weighted(List<Element> elements, Dimension dimension) {
        double total = 0;
        double sum = 0;
        for (Element e : elements) {
            if (e.dimension() != dimension) {
                continue;
            }
            if (e.weight() < 0 || e.ours() <= 0 || e.competitor() <= 0) {
                throw new IllegalArgumentException("weights non-negative, ratings above zero");
            }
            total += e.weight();
            sum += e.weight() * e.relative();
        }
        return total == 0 ? null : sum / total;
    }
}
