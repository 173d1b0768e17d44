package com.creditwb.workbench.common.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Net present value (净现值) of expected net cash flows, for the potential value of a customer (SPEC §4):
 * NPV = Σ CF_t / (1 + r)^t for t = 1 … n. A relationship's expected cash flow in year t is the margin
 * grown by g for t years and weighted by the chance the customer is still with us, retention^t.
 */
public final class Npv {

    /** One year of the cash-flow table: what is expected and what it is worth today. */
    public record Year(int year, double margin, double survival, double expected, double discountFactor, double presentValue) {
    }

    /** The cash-flow table and its sum. */
    public record Projection(List<Year> years, double npv) {
    }

    private Npv() {
    }

    public static double of(List<Double> cashFlows, double rate) {
        if (rate <= -1) {
            throw new IllegalArgumentException("discount rate must be above -100 %");
        }
        double npv = 0;
        for (int t = 1; t <= cashFlows.size(); t++) {
            npv += cashFlows.get(t - 1) / Math.pow(1 + rate, t);
        }
        return npv;
    }

    /**
     * @param margin the current yearly profit contribution
     * @param growth the yearly growth of the margin (0.05 = 5 %)
     * @param retention the chance the customer stays another year (0–1)
     * @param rate the discount rate
     * @param years the remaining relationship life
     */
    public static Projection relationship(double margin, double growth, double retention, double rate, int years) {
        if (retention < 0 || retention > 1 || years < 0 || rate <= -1) {
            throw new IllegalArgumentException("retention 0–1, years ≥ 0, rate above -100 %");
        }
        List<Year> table = new ArrayList<>();
        double npv = 0;
        for (int t = 1; t <= years; t++) {
            double m = margin * Math.pow(1 + growth, t);
            double survival = Math.pow(retention, t);
            double expected = m * survival;
            double factor = 1 / Math.pow(1 + rate, t);
            table.add(new Year(t, m, survival, expected, factor, expected * factor));
            npv += expected * factor;
        }
        return new Projection(List.copyOf(table), npv);
    }
}
