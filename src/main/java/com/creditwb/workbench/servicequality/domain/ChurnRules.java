package com.creditwb.workbench.servicequality.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The churn watch's rules (流失预警机制): a customer is at risk for each reason its figures show, weighed by ADMIN's
 * weights — satisfaction (CSI) down by at least the threshold from its highest in the rounds before the latest (up to
 * {@link #CSI_WINDOW} rounds in all, so a slow slide counts as much as a sudden drop), detractors (0–6) in the latest
 * round, complaints past their target or reopened (each complaint once), revenue down year on year by at least the
 * threshold, overdue receivables grown by at least the threshold against the previous aging list — or overdue where
 * nothing was ("new", not a made-up percentage). Plain Java.
 */
public final class ChurnRules {

    public enum Reason implements com.creditwb.workbench.common.i18n.Labelled {
        SATISFACTION_DOWN, DETRACTORS, COMPLAINTS, REVENUE_DOWN, OVERDUE_GROWING;

        @Override
        public String messageKey() {
            return "churn.reason." + name();
        }
    }

    /** How many rounds, the latest included, the satisfaction trend looks at. */
    public static final int CSI_WINDOW = 5;

    /**
     * The figures behind the reasons (null where there is nothing to compare): the CSI of each round, oldest first; the
     * detractors of the latest round; the complaints late or reopened, each counted once.
     */
    public record Signals(List<Double> csiSeries, int detractors, int complaints, BigDecimal revenuePrevious, BigDecimal revenueLatest,
            BigDecimal overduePrevious, BigDecimal overdueLatest) {

        public Signals {
            csiSeries = csiSeries == null ? List.of() : List.copyOf(csiSeries);
        }
    }

    /** Weights per reason (points) and thresholds: CSI points, revenue fall in %, overdue growth in %. */
    public record Settings(Map<Reason, Double> weights, double csiDrop, double revenueDropPercent, double overdueGrowthPercent) {
    }

    /**
     * A reason with the figure that raised it: CSI points down (from {@code peak}, over {@code rounds} rounds), detractors
     * and complaints (whole numbers), revenue % down, overdue % up — or {@code figure} null for overdue that is new.
     */
    public record Found(Reason reason, Double figure, Double peak, int rounds) {

        public Found(Reason reason, Double figure) {
            this(reason, figure, null, 0);
        }

        /** Whether the figure is a count (detractors, complaints), shown as a whole number. */
        public boolean isCount() {
            return reason == Reason.DETRACTORS || reason == Reason.COMPLAINTS;
        }

        /** Whether it is overdue where there was none: no percentage can be given. */
        public boolean isNew() {
            return figure == null;
        }
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
        List<Double> series = s.csiSeries();
        if (series.size() >= 2) {
            List<Double> window = series.subList(Math.max(0, series.size() - CSI_WINDOW), series.size());
            double latest = window.getLast();
            double peak = window.subList(0, window.size() - 1).stream().mapToDouble(Double::doubleValue).max().orElse(latest);
            if (peak - latest >= t.csiDrop()) {
                found.add(new Found(Reason.SATISFACTION_DOWN, peak - latest, peak, window.size()));
            }
        }
        if (s.detractors() > 0) {
            found.add(new Found(Reason.DETRACTORS, (double) s.detractors()));
        }
        if (s.complaints() > 0) {
            found.add(new Found(Reason.COMPLAINTS, (double) s.complaints()));
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
            found.add(new Found(Reason.OVERDUE_GROWING, null)); // from nothing overdue to something: new, no percentage
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
