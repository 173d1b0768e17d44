package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.ImportancePerformance;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a SERVQUAL result, for a round or a segment: each dimension (gap, perception, expectation, weight,
 * quadrant), the dissatisfiers, and the importance–performance chart.
 */
class ServqualFigures extends VerticalLayout {

    final Grid<ImportancePerformance.Point> grid = new Grid<>();
    final Chart ipa = new Chart();
    final Div dissatisfiers = new Div();

    ServqualFigures(Servqual.Result s, ImportancePerformance.Chart chart, String chartId) {
        setPadding(false);
        Locale l = getLocale();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(p -> Labels.of(this, p.dimension())).setHeader(getTranslation("survey.dimension")).setFlexGrow(3);
        Map<Dimension, Servqual.DimensionResult> dims = s.dimensions();
        grid.addColumn(p -> Formats.decimal(dims.get(p.dimension()).gap(), l, 2)).setHeader(getTranslation("survey.gap"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> Formats.decimal(dims.get(p.dimension()).meanPerception(), l, 2)).setHeader(getTranslation("survey.perception"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> Formats.decimal(dims.get(p.dimension()).meanExpectation(), l, 2)).setHeader(getTranslation("survey.expectation"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> Formats.percent(dims.get(p.dimension()).weight(), l)).setHeader(getTranslation("survey.weight"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> Labels.of(this, p.quadrant())).setHeader(getTranslation("survey.quadrant")).setFlexGrow(2);
        grid.setItems(chart.points());
        grid.setAllRowsVisible(true);
        add(grid);
        if (!chart.dissatisfiers().isEmpty()) {
            dissatisfiers.setText(getTranslation("survey.dissatisfiers", String.join(getTranslation("common.listSeparator"),
                    chart.dissatisfiers().stream().map(x -> Labels.of(this, x)).toList())));
            dissatisfiers.addClassName("wb-warning-text");
            add(dissatisfiers);
        }
        List<Chart.Point> points = chart.points().stream()
                .map(p -> new Chart.Point(round(p.importance() * 100), round(p.performance()), Labels.of(this, p.dimension()), null)).toList();
        ipa.scatter(getTranslation("survey.importance"), getTranslation("survey.perception"), List.of(getTranslation("survey.dimensions")),
                List.of(points), round(chart.importanceLine() * 100), round(chart.performanceLine()));
        ipa.setId(chartId);
        add(ipa);
    }

    static Double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
