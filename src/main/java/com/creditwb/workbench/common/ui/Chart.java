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
 * The one chart component, drawn by Apache ECharts (Apache-2.0, free) as SVG: a line chart (categories
 * along the x axis, a null value leaves a gap), grouped bars, or a radar.
 */
@Tag("div")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./wb-chart.js")
public class Chart extends Component implements HasSize {

    /** How values are shown on the axis and in the tooltip. */
    public enum Format { PLAIN, PERCENT }

    private String option = "{}";

    public Chart() {
        addClassName("wb-chart");
        setWidthFull();
        setHeight("260px");
        addAttachListener(e -> render());
    }

    /** Grouped bars: one series per name, values aligned with the categories. */
    public void bars(List<String> categories, List<String> seriesNames, List<List<Double>> series) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            s.append(i == 0 ? "" : ",").append("{\"name\":").append(quote(seriesNames.get(i))).append(",\"type\":\"bar\",\"data\":[")
                    .append(numbers(series.get(i))).append("]}");
        }
        option = "{\"grid\":{\"left\":80,\"right\":16,\"top\":40,\"bottom\":48},\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"legend\":{\"top\":0,\"data\":[" + String.join(",", seriesNames.stream().map(Chart::quote).toList()) + "]},"
                + "\"xAxis\":{\"type\":\"category\",\"axisLabel\":{\"interval\":0,\"rotate\":30},\"data\":["
                + String.join(",", categories.stream().map(Chart::quote).toList()) + "]},"
                + "\"yAxis\":{\"type\":\"value\"},\"series\":[" + s + "]}";
        getElement().setAttribute("data-values", numbers(series.isEmpty() ? List.of() : series.get(0)));
        render();
    }

    /** A radar of values on 0–max axes (e.g. the five factors' scores out of 100). */
    public void radar(List<String> axes, double max, String seriesName, List<Double> values) {
        String indicators = String.join(",", axes.stream().map(a -> "{\"name\":" + quote(a) + ",\"max\":" + max + "}").toList());
        option = "{\"tooltip\":{},\"radar\":{\"radius\":\"65%\",\"indicator\":[" + indicators + "]},"
                + "\"series\":[{\"type\":\"radar\",\"name\":" + quote(seriesName) + ",\"areaStyle\":{\"opacity\":0.25},"
                + "\"data\":[{\"name\":" + quote(seriesName) + ",\"value\":[" + numbers(values) + "]}]}]}";
        getElement().setAttribute("data-values", numbers(values));
        render();
    }

    /** A radar of several series on the same 0–max axes (e.g. our scores and the partner's). */
    public void radar(List<String> axes, double max, List<String> seriesNames, List<List<Double>> values) {
        String indicators = String.join(",", axes.stream().map(a -> "{\"name\":" + quote(a) + ",\"max\":" + max + "}").toList());
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            data.append(i == 0 ? "" : ",").append("{\"name\":").append(quote(seriesNames.get(i))).append(",\"value\":[")
                    .append(numbers(values.get(i))).append("]}");
        }
        option = "{\"tooltip\":{},\"legend\":{\"top\":0,\"data\":[" + String.join(",", seriesNames.stream().map(Chart::quote).toList())
                + "]},\"radar\":{\"radius\":\"60%\",\"center\":[\"50%\",\"55%\"],\"indicator\":[" + indicators + "]},"
                + "\"series\":[{\"type\":\"radar\",\"areaStyle\":{\"opacity\":0.2},\"data\":[" + data + "]}]}";
        getElement().setAttribute("data-values", numbers(values.isEmpty() ? List.of() : values.get(0)));
        render();
    }

    /** Lines over the same categories (e.g. two sides' health index over the reviews), on a 0–100 axis. */
    public void lines(List<String> categories, List<String> seriesNames, List<List<Double>> series) {
        lines(categories, seriesNames, series, false);
    }

    /** The same; {@code openAxis}: the y axis follows the values instead of 0–100 (scores may fall below zero). */
    public void lines(List<String> categories, List<String> seriesNames, List<List<Double>> series, boolean openAxis) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            s.append(i == 0 ? "" : ",").append("{\"name\":").append(quote(seriesNames.get(i)))
                    .append(",\"type\":\"line\",\"connectNulls\":true,\"symbolSize\":7,\"data\":[").append(numbers(series.get(i))).append("]}");
        }
        option = "{\"grid\":{\"left\":16,\"right\":24,\"top\":40,\"bottom\":8,\"containLabel\":true},\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"legend\":{\"top\":0,\"data\":[" + String.join(",", seriesNames.stream().map(Chart::quote).toList()) + "]},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + String.join(",", categories.stream().map(Chart::quote).toList()) + "]},"
                + "\"yAxis\":{\"type\":\"value\"" + (openAxis ? "" : ",\"min\":0,\"max\":100") + "},\"series\":[" + s + "]}";
        getElement().setAttribute("data-values", numbers(series.isEmpty() ? List.of() : series.get(0)));
        render();
    }

    /** One point of a scatter: where, its label, and the page it opens when clicked (may be null). */
    public record Point(double x, double y, String label, String url) {
    }

    /**
     * A scatter of named groups of points (e.g. the value matrix's quadrants), with dashed lines at the
     * given x and y (the medians that divide the quadrants); clicking a point opens its url.
     */
    public void scatter(String xName, String yName, List<String> groupNames, List<List<Point>> groups, double xLine, double yLine) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            s.append(i == 0 ? "" : ",").append("{\"name\":").append(quote(groupNames.get(i))).append(",\"type\":\"scatter\",\"symbolSize\":7,\"data\":[");
            List<Point> points = groups.get(i);
            for (int k = 0; k < points.size(); k++) {
                Point p = points.get(k);
                s.append(k == 0 ? "" : ",").append("{\"value\":[").append(String.format(Locale.ROOT, "%.2f,%.2f", p.x(), p.y()))
                        .append("],\"name\":").append(quote(p.label())).append(p.url() == null ? "" : ",\"url\":" + quote(p.url())).append("}");
            }
            s.append("]");
            if (i == 0) {
                s.append(",\"markLine\":{\"silent\":true,\"symbol\":\"none\",\"label\":{\"show\":false},\"lineStyle\":{\"type\":\"dashed\"},\"data\":[{\"xAxis\":")
                        .append(String.format(Locale.ROOT, "%.2f", xLine)).append("},{\"yAxis\":").append(String.format(Locale.ROOT, "%.2f", yLine))
                        .append("}]}");
            }
            s.append("}");
        }
        option = "{\"grid\":{\"left\":96,\"right\":24,\"top\":16,\"bottom\":80},\"tooltip\":{\"trigger\":\"item\",\"formatter\":\"{b}\"},"
                + "\"legend\":{\"bottom\":0},\"xAxis\":{\"type\":\"value\",\"scale\":true,\"name\":" + quote(xName)
                + ",\"nameLocation\":\"middle\",\"nameGap\":30},\"yAxis\":{\"type\":\"value\",\"scale\":true,\"name\":" + quote(yName)
                + ",\"nameLocation\":\"middle\",\"nameGap\":40},\"series\":[" + s + "]}";
        getElement().setAttribute("data-points", String.valueOf(groups.stream().mapToInt(List::size).sum()));
        render();
    }

    private static String numbers(List<Double> values) {
        return String.join(",", values.stream().map(v -> v == null || v.isNaN() || v.isInfinite() ? "null"
                : String.format(Locale.ROOT, "%.4f", v)).toList());
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
        // the legend above the plot and the axis labels inside the grid: they never cover each other
        option = "{\"grid\":{\"left\":16,\"right\":24,\"top\":40,\"bottom\":8,\"containLabel\":true},"
                + "\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"legend\":{\"top\":0,\"data\":[" + quote(seriesName) + "]},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + String.join(",", categories.stream().map(Chart::quote).toList()) + "]},"
                + "\"yAxis\":{\"type\":\"value\",\"scale\":true" + ",\"axisLabel\":{\"formatter\":\"{value}" + suffix + "\"}" + "},"
                + "\"series\":[{\"name\":" + quote(seriesName) + ",\"type\":\"line\",\"connectNulls\":false,\"symbolSize\":8,"
                + "\"data\":[" + data + "]}]}";
        getElement().setAttribute("data-values", data.toString());
        render();
    }

    private void render() {
        if (isAttached()) {
            getElement().executeJs("window.wbRenderChart(this, $0)", option);
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
