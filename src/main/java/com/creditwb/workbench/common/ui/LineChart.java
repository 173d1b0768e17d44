package com.creditwb.workbench.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one chart component: a line chart drawn by Apache ECharts (Apache-2.0, free) as SVG.
 * Categories run along the x axis (periods), a value of null leaves a gap (not meaningful).
 */
@Tag("div")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./wb-line-chart.js")
public class LineChart extends Component implements HasSize {

    /** How values are shown on the axis and in the tooltip. */
    public enum Format { PLAIN, PERCENT }

    private String option = "{}";

    public LineChart() {
        addClassName("wb-chart");
        setWidthFull();
        setHeight("260px");
        addAttachListener(e -> render());
    }

    public void show(List<String> categories, String seriesName, List<Double> values, Format format) {
        StringBuilder data = new StringBuilder();
        List<String> items = new ArrayList<>();
        for (Double v : values) {
            items.add(v == null || v.isNaN() || v.isInfinite() ? "null"
                    : String.format(Locale.ROOT, "%.6f", format == Format.PERCENT ? v * 100 : v));
        }
        data.append(String.join(",", items));
        String suffix = format == Format.PERCENT ? "%" : "";
        option = "{\"grid\":{\"left\":56,\"right\":24,\"top\":32,\"bottom\":32},"
                + "\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"legend\":{\"data\":[" + quote(seriesName) + "]},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + String.join(",", categories.stream().map(LineChart::quote).toList()) + "]},"
                + "\"yAxis\":{\"type\":\"value\",\"scale\":true" + ",\"axisLabel\":{\"formatter\":\"{value}" + suffix + "\"}" + "},"
                + "\"series\":[{\"name\":" + quote(seriesName) + ",\"type\":\"line\",\"connectNulls\":false,\"symbolSize\":8,"
                + "\"data\":[" + data + "]}]}";
        getElement().setAttribute("data-values", data.toString());
        render();
    }

    private void render() {
        if (isAttached()) {
            getElement().executeJs("window.wbRenderLineChart(this, $0)", option);
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
