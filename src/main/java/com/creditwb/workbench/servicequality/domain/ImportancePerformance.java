package com.creditwb.workbench.servicequality.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Importance–performance analysis of a round: each dimension placed by its weight (importance) and mean perception
 * (performance), the quadrants split at the mean of each. High importance and low performance is where to
 * concentrate: the dissatisfiers (不满因素, seed 003). Plain Java.
 */
public final class ImportancePerformance {

    public enum Quadrant implements com.creditwb.workbench.common.i18n.Labelled {
        KEEP_UP_THE_GOOD_WORK, CONCENTRATE_HERE, LOW_PRIORITY, POSSIBLE_OVERKILL;

        @Override
        public String messageKey() {
            return "servqual.quadrant." + name();
        }
    }

    /** A dimension on the chart. */
    public record Point(Dimension dimension, double importance, double performance, Quadrant quadrant) {
    }

    /** The split lines: the mean importance and the mean performance. */
    public record Chart(List<Point> points, double importanceLine, double performanceLine) {

        /** The dissatisfiers: the dimensions to concentrate on. */
        public List<Dimension> dissatisfiers() {
            return points.stream().filter(p -> p.quadrant() == Quadrant.CONCENTRATE_HERE).map(Point::dimension).toList();
        }
    }

    private ImportancePerformance() {
    }

    public static Chart of(Map<Dimension, Servqual.DimensionResult> dimensions) {
        double importance = dimensions.values().stream().mapToDouble(Servqual.DimensionResult::weight).average().orElse(0);
        double performance = dimensions.values().stream().mapToDouble(Servqual.DimensionResult::meanPerception).average().orElse(0);
        List<Point> points = new ArrayList<>();
        dimensions.forEach((d, r) -> {
            boolean important = r.weight() >= importance - 1e-12;
            boolean good = r.meanPerception() >= performance - 1e-12;
            Quadrant q = important ? (good ? Quadrant.KEEP_UP_THE_GOOD_WORK : Quadrant.CONCENTRATE_HERE)
                    : (good ? Quadrant.POSSIBLE_OVERKILL : Quadrant.LOW_PRIORITY);
            points.add(new Point(d, r.weight(), r.meanPerception(), q));
        });
        return new Chart(points, importance, performance);
    }
}
