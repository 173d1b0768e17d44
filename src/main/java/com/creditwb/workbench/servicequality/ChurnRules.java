package com.creditwb.workbench.servicequality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The churn watch's rules (流失预警机制): a customer is at risk for each reason its figures show, weighed by ADMIN's
 * weights — satisfaction (CSI) down by at least the threshold against the previous round, detractors (0–6) in the
 * latest round, complaints past their target or reopened, revenue down year on year by at least the threshold,
 * overdue receivables grown by at least the threshold against the previous aging list. Plain Java.
 */
public final class ChurnRules {

    public enum Reason implements com.creditwb.workbench.common.i18n.Labelled {
        SATISFACTION_DOWN, DETRACTORS, COMPLAINTS, REVENUE_DOWN, OVERDUE_GROWING;

        @Override
        public String messageKey() {
            return "churn.reason." + name();
        }
    }

    /** The figures behind the reasons (null where there is nothing to compare). */
    public record Signals(Double csiPrevious, Double csiLatest, int detractors, int complaintsOverdue, int complaintsReopened,
            BigDecimal revenuePrevious, BigDecimal revenueLatest, BigDecimal overduePrevious, BigDecimal overdueLatest) {
    }

    /** Weights per reason (points) and thresholds: CSI points, revenue fall in %, overdue growth in %. */
    public record Settings(Map<Reason, Double> weights, double csiDrop, double revenueDropPercent, double overdueGrowthPercent) {
    }

    /** A reason with the figure that raised it (CSI points down, detractors, complaints, % down, % up). */
    public record Found(Reason reason, double figure) {
    }

    public static final Settings DEFAULTS;

    static {
        Map<Reason, Double> w = new EnumMap<>(Reason.class);
        w.put(Reason.SATISFACTION_DOWN, 30.0);
        w.put(Reason.DETRACTORS, 20.0);
        w.put(Reason.COMPLAINTS, 20.0);
        w.put(Reason.REVENUE_DOWN, 15.0);
        w.put(Reason.OVERDUE_GROWING, 15.0);
        DEFAULTS = new Settings(java.util.Collections.unmodifiableMap(w), 10, 10, 10);
    }

    private ChurnRules() {
    }

    public static List<Found> reasons(Signals s, Settings t) {
        List<Found> found = new ArrayList<>();
        if (s.csiPrevious() != null && s.csiLatest() != null && s.csiPrevious() - s.csiLatest() >= t.csiDrop()) {
            found.add(new Found(Reason.SATISFACTION_DOWN, s.csiPrevious() - s.csiLatest()));
        }
        if (s.detractors() > 0) {
            found.add(new Found(Reason.DETRACTORS, s.detractors()));
        }
        if (s.complaintsOverdue() + s.complaintsReopened() > 0) {
            found.add(new Found(Reason.COMPLAINTS, s.complaintsOverdue() + s.complaintsReopened()));
        }
        Double revenue = change(s.revenuePrevious(), s.revenueLatest());
        if (revenue != null && -revenue >= t.revenueDropPercent()) {
            found.add(new Found(Reason.REVENUE_DOWN, -revenue));
        }
        Double overdue = change(s.overduePrevious(), s.overdueLatest());
        if (overdue != null && overdue >= t.overdueGrowthPercent() && s.overdueLatest().signum() > 0) {
            found.add(new Found(Reason.OVERDUE_GROWING, overdue));
        }
        if (overdue == null && s.overduePrevious() != null && s.overduePrevious().signum() == 0 && s.overdueLatest() != null
                && s.overdueLatest().signum() > 0) {
            found.add(new Found(Reason.OVERDUE_GROWING, 100)); // from nothing overdue to something: counted as +100 %
        }
        return found;
    }

    /** The sum of the weights of the reasons found. */
    public static double score(List<Found> found, Settings t) {
        return found.stream().mapToDouble(f -> t.weights().getOrDefault(f.reason(), 0.0)).sum();
    }

    /** The change from the previous to the latest figure in % (null when there is no previous figure above zero). */
    static Double change(BigDecimal previous, BigDecimal latest) {
        if (previous == null || latest == null || previous.signum() <= 0) {
            return null;
        }
        return latest.subtract(previous).divide(previous, MathContext.DECIMAL64).doubleValue() * 100;
    }
}
