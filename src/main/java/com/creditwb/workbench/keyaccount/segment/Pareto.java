package com.creditwb.workbench.keyaccount.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The 80/20 view of a portfolio (SPEC §4): accounts by falling value (revenue or profit) with each one's
 * share and the running share; the "head" are the accounts needed to reach the head share (80 % by
 * default), the account that crosses it included. Values at or below zero add nothing to the total
 * (a loss-making account is never part of the head).
 */
public final class Pareto {

    public record Line(Long account, double value, double share, double cumulativeShare, boolean head) {
    }

    private Pareto() {
    }

    public static List<Line> of(Map<Long, Double> values, double headShare) {
        if (headShare <= 0 || headShare > 1) {
            throw new IllegalArgumentException("head share must be in (0, 1]");
        }
        List<Map.Entry<Long, Double>> sorted = new ArrayList<>(values.entrySet());
        sorted.sort(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        double total = sorted.stream().mapToDouble(e -> Math.max(0, e.getValue())).sum();
        List<Line> lines = new ArrayList<>(sorted.size());
        double running = 0;
        boolean reached = false;
        for (Map.Entry<Long, Double> e : sorted) {
            double v = Math.max(0, e.getValue());
            double share = total == 0 ? 0 : v / total;
            boolean head = !reached && v > 0;
            running += share;
            if (running >= headShare - 1e-12) {
                reached = true;
            }
            lines.add(new Line(e.getKey(), e.getValue(), share, running, head));
        }
        return lines;
    }

    /** The share of accounts in the head (e.g. 0.2 when a fifth of the accounts make 80 % of the value). */
    public static double headShareOfAccounts(List<Line> lines) {
        return lines.isEmpty() ? 0 : lines.stream().filter(Line::head).count() / (double) lines.size();
    }
}
