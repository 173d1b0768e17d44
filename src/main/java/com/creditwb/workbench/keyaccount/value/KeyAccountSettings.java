package com.creditwb.workbench.keyaccount.value;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the key-account analysis is configured with (ADMIN edits it): the potential-value projection
 * (growth, retention, discount rate, expected relationship life, years of data needed for it), the
 * weights of the loyalty indicators (entered or derived by AHP), the pyramid and Pareto shares, the
 * identification thresholds, and the limits behind the loyalty, profitability and Kotler segments.
 *
 * @param indicatorComparisons the AHP upper triangle the weights came from, or null when entered directly
 */
public record KeyAccountSettings(double growth, double retention, double discountRate, int relationshipLifeYears,
        int minYearsForNpv, Map<LoyaltyIndicator, Double> indicatorWeights, List<Double> indicatorComparisons,
        double platinumShare, double goldShare, double ironShare, double paretoHead, double identificationYes,
        double identificationMaybe, int longRelationshipYears, double highMargin, double lowMargin,
        int manyCustomersAbove, int fewCustomersBelow) {

    /** Equal indicator weights, 3 % growth, 85 % retention, 8 % discount rate, 15-year relationships, pyramid 5/15/30. */
    public static KeyAccountSettings defaults() {
        Map<LoyaltyIndicator, Double> weights = new EnumMap<>(LoyaltyIndicator.class);
        for (LoyaltyIndicator i : LoyaltyIndicator.values()) {
            weights.put(i, 1.0 / LoyaltyIndicator.values().length);
        }
        return new KeyAccountSettings(0.03, 0.85, 0.08, 15, 2, weights, null, 0.05, 0.15, 0.30, 0.8, 70, 50, 5, 0.20, 0.08,
                1000, 100);
    }

    /** Message keys (with the field) of what is out of range; empty when the settings can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (growth <= -1 || growth > 1) {
            problems.add("growth");
        }
        if (retention < 0 || retention > 1) {
            problems.add("retention");
        }
        if (discountRate <= -1 || discountRate > 1) {
            problems.add("discountRate");
        }
        if (relationshipLifeYears < 1 || relationshipLifeYears > 100) {
            problems.add("relationshipLifeYears");
        }
        if (minYearsForNpv < 1 || minYearsForNpv > 20) {
            problems.add("minYearsForNpv");
        }
        double sum = indicatorWeights == null ? 0 : indicatorWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (indicatorWeights == null || indicatorWeights.size() != LoyaltyIndicator.values().length
                || indicatorWeights.values().stream().anyMatch(w -> w < 0) || Math.abs(sum - 1) > 0.001) {
            problems.add("indicatorWeights");
        }
        if (platinumShare < 0 || goldShare < 0 || ironShare < 0 || platinumShare + goldShare + ironShare > 1) {
            problems.add("pyramid");
        }
        if (paretoHead <= 0 || paretoHead > 1) {
            problems.add("paretoHead");
        }
        if (identificationMaybe < 0 || identificationYes > 100 || identificationMaybe > identificationYes) {
            problems.add("identification");
        }
        if (longRelationshipYears < 1) {
            problems.add("longRelationshipYears");
        }
        if (lowMargin > highMargin) {
            problems.add("margins");
        }
        if (fewCustomersBelow < 1 || fewCustomersBelow > manyCustomersAbove) {
            problems.add("customerCounts");
        }
        return problems;
    }
}
