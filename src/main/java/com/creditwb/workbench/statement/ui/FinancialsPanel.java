package com.creditwb.workbench.statement.ui;

import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.AmountField;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.statement.RatioText;
import com.creditwb.workbench.statement.StatementService;
import com.creditwb.workbench.statement.StatementSet;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.RatioReport;
import com.creditwb.workbench.statement.domain.StatementType;
import com.creditwb.workbench.statement.ratio.AltmanZ;
import com.creditwb.workbench.statement.ratio.RatioEngine;
import com.creditwb.workbench.statement.ratio.RatioGroup;
import com.creditwb.workbench.statement.ratio.RatioResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer's "Financials" tab: the statements side by side over the periods held (in the unit
 * the user picks), the ratios grouped as in the seed with each one's formula and inputs, a trend
 * chart for a chosen ratio, Altman's score, and the revisions of each period.
 */
public class FinancialsPanel extends VerticalLayout {

    final Problems marketProblems = new Problems();

    static final int MAX_PERIODS = 5;

    private final transient StatementService statements;
    private final CustomerRecord customer;
    private final transient ProblemMessages problemMessages;
    final Select<Long> unit;
    final Select<AltmanZ.Variant> variant = new Select<>();
    final TabSheet tabs = new TabSheet();
    final Chart chart = new Chart();
    final Select<String> trendRatio = new Select<>();
    private List<StatementSet> periods = List.of();
    private final Map<LocalDate, RatioReport> reports = new LinkedHashMap<>();

    private final transient java.time.Clock clock;

    /** People by display name (who stored each revision). */
    private final transient java.util.function.Function<String, String> names;

    public FinancialsPanel(CustomerRecord customer, StatementService statements, ProblemMessages problemMessages, java.time.Clock clock,
            java.util.function.Function<String, String> names) {
        this.clock = clock;
        this.names = names;
        this.problemMessages = problemMessages;
        this.customer = customer;
        this.statements = statements;
        setPadding(false);
        setWidthFull();
        unit = UnitSelect.create(this, false);
        unit.setValue(10_000L);
        unit.addValueChangeListener(e -> refresh());
        unit.setId("financials-unit");
        variant.setLabel(getTranslation("altman.variant"));
        variant.setItems(AltmanZ.Variant.values());
        variant.setEmptySelectionAllowed(true);
        variant.setEmptySelectionCaption(getTranslation("altman.variant.auto"));
        variant.setItemLabelGenerator(v -> v == null ? getTranslation("altman.variant.auto") : getTranslation("altman.variant." + v));
        variant.addValueChangeListener(e -> refresh());
        variant.setWidth("22em");
        HorizontalLayout toolbar = new HorizontalLayout(unit, variant);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (statements.canWrite()) {
            Button manual = new Button(getTranslation("statements.enter"), VaadinIcon.EDIT.create(), e -> openEntry());
            manual.setId("enter-statements");
            RouterLink importLink = new RouterLink(getTranslation("statements.importFor"), StatementImportView.class);
            importLink.setQueryParameters(QueryParameters.of("customer", customer.code()));
            toolbar.add(manual, importLink);
        }
        tabs.setWidthFull();
        tabs.setId("financials-tabs");
        add(toolbar, tabs);
        refresh();
    }

    void refresh() {
        periods = statements.periods(customer.id()).stream().limit(MAX_PERIODS).toList();
        reports.clear();
        for (StatementSet p : periods) {
            statements.ratios(customer.id(), p.getPeriodEnd(), variant.getValue()).ifPresent(r -> reports.put(p.getPeriodEnd(), r));
        }
        int selected = Math.max(0, tabs.getSelectedIndex());
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        if (periods.isEmpty()) {
            Span none = new Span(getTranslation("statements.none"));
            none.addClassName("wb-muted");
            none.setId("financials-empty");
            tabs.add(getTranslation("statements.title"), none);
            return;
        }
        for (StatementType type : StatementType.values()) {
            tabs.add(getTranslation(type.messageKey()), statementGrid(type));
        }
        tabs.add(getTranslation("ratio.title"), ratios());
        tabs.add(getTranslation("statements.revisions"), new RevisionsPanel(customer, periods, statements, names));
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
    }

    private Grid<LineItem> statementGrid(StatementType type) {
        Grid<LineItem> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("statement-" + type.name());
        grid.addColumn(item -> "\u2003".repeat(Math.max(0, 3 - depthFromTop(item))) + getTranslation(item.messageKey()))
                .setHeader(getTranslation("statements.lineItem")).setFlexGrow(3);
        grid.setPartNameGenerator(item -> item.isSubtotal() ? "wb-subtotal" : null);
        for (StatementSet p : periods) {
            grid.addColumn(item -> amount(p.getAmounts().get(item))).setHeader(period(p)).setTextAlign(ColumnTextAlign.END)
                    .setFlexGrow(1);
        }
        List<LineItem> rows = LineItem.of(type).stream()
                .filter(item -> periods.stream().anyMatch(p -> p.getAmounts().containsKey(item))).toList();
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Top lines (totals) flush left, components indented. */
    private static int depthFromTop(LineItem item) {
        return Math.min(3, 3 - Math.min(3, item.depth()));
    }

    private String period(StatementSet p) {
        String date = Formats.date(p.getPeriodEnd(), getLocale());
        return p.isInterim() ? getTranslation("statements.interim", date) : date;
    }

    String amount(BigDecimal yuan) {
        if (yuan == null) {
            return "";
        }
        return Formats.amount(yuan.divide(BigDecimal.valueOf(unit.getValue()), 2, RoundingMode.HALF_UP), getLocale());
    }

    private VerticalLayout ratios() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(altman());
        for (RatioGroup group : RatioGroup.values()) {
            layout.add(new H4(getTranslation(group.messageKey())), ratioGrid(group));
        }
        trendRatio.setLabel(getTranslation("ratio.trend"));
        trendRatio.setItems(RatioEngine.KEYS);
        trendRatio.setItemLabelGenerator(k -> getTranslation("ratio." + k));
        trendRatio.addValueChangeListener(e -> showTrend(e.getValue()));
        trendRatio.setId("trend-ratio");
        if (trendRatio.getValue() == null) {
            trendRatio.setValue("currentRatio");
        } else {
            showTrend(trendRatio.getValue());
        }
        layout.add(new H4(getTranslation("ratio.trend")), trendRatio, chart);
        return layout;
    }

    private Grid<String> ratioGrid(RatioGroup group) {
        Grid<String> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("ratios-" + group.name());
        grid.addColumn(k -> getTranslation("ratio." + k)).setHeader(getTranslation("ratio.name")).setFlexGrow(3);
        for (StatementSet p : periods) {
            RatioReport report = reports.get(p.getPeriodEnd());
            grid.addColumn(k -> {
                RatioResult r = report == null ? null : report.ratios().get(k);
                return r == null ? "" : RatioText.value(this, r);
            }).setHeader(period(p)).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        }
        grid.addComponentColumn(k -> {
            Button how = new Button(getTranslation("ratio.how"), e -> explain(k));
            how.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return how;
        }).setFlexGrow(0).setAutoWidth(true);
        grid.setItems(group.keys());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> trendRatio.setValue(e.getItem()));
        return grid;
    }

    /** The latest period's formula, inputs and, when not meaningful, the reason. */
    void explain(String key) {
        RatioReport latest = reports.get(periods.get(0).getPeriodEnd());
        RatioResult r = latest.ratios().get(key);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ratio." + key) + " · " + period(periods.get(0)));
        VerticalLayout body = new VerticalLayout();
        body.add(new Span(getTranslation("ratio.formula") + ": " + RatioText.formula(this, r.formula())));
        Grid<Map.Entry<String, BigDecimal>> inputs = new Grid<>();
        inputs.addColumn(e -> RatioText.input(this, e.getKey())).setHeader(getTranslation("ratio.input")).setFlexGrow(2);
        inputs.addColumn(e -> e.getKey().equals("days") || RatioEngine.KEYS.contains(e.getKey())
                ? RatioText.number(e.getValue().doubleValue(), 1, getLocale()) : amount(e.getValue()) + " "
                        + getTranslation("statements.unit." + unit.getValue()))
                .setHeader(getTranslation("ratio.value")).setTextAlign(ColumnTextAlign.END);
        inputs.setItems(new ArrayList<>(r.inputs().entrySet()));
        inputs.setAllRowsVisible(true);
        body.add(inputs);
        body.add(new Span(getTranslation("ratio.result") + ": " + RatioText.value(this, r)
                + (r.meaningful() ? "" : " — " + RatioText.reason(this, r))));
        if (r.averaged()) {
            body.add(new Span(getTranslation("ratio.averagedNote")));
        } else if (RatioEngine.usesAverages(key)) {
            body.add(new Span(getTranslation("ratio.closingNote")));
        }
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.setWidth("640px");
        dialog.open();
    }

    void showTrend(String key) {
        if (key == null) {
            return;
        }
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = periods.size() - 1; i >= 0; i--) {
            StatementSet p = periods.get(i);
            RatioReport report = reports.get(p.getPeriodEnd());
            categories.add(Formats.date(p.getPeriodEnd(), getLocale()));
            values.add(report == null ? null : report.ratios().get(key).value());
        }
        chart.show(categories, getTranslation("ratio." + key), values,
                RatioEngine.kind(key) == RatioEngine.Kind.PERCENT ? Chart.Format.PERCENT : Chart.Format.PLAIN);
    }

    private Div altman() {
        StatementSet latest = periods.get(0);
        RatioReport report = reports.get(latest.getPeriodEnd());
        AltmanZ.Result a = report.altman();
        Div card = new Div();
        card.addClassNames("wb-card", "wb-altman");
        card.setWidthFull();
        card.setId("altman");
        card.add(new H3(getTranslation("altman.title") + " · " + getTranslation("altman.variant." + a.variant())));
        if (a.meaningful()) {
            Span value = new Span(RatioText.number(a.value(), 2, getLocale()));
            value.addClassName("wb-big-number");
            Span zone = new Span(getTranslation("altman.zone." + a.zone()));
            zone.getElement().getThemeList().add("badge " + switch (a.zone()) {
                case SAFE -> "success";
                case GREY -> "contrast";
                case DISTRESS -> "error";
            });
            zone.setId("altman-zone");
            HorizontalLayout headline = new HorizontalLayout(value, zone);
            headline.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            card.add(headline);
            Grid<String> terms = new Grid<>();
            terms.addThemeVariants(GridVariant.LUMO_COMPACT);
            terms.addColumn(t -> t + " · " + getTranslation("altman.term." + t + (t.equals("X4") && a.variant() == AltmanZ.Variant.Z ? "market" : "")))
                    .setHeader(getTranslation("altman.term")).setFlexGrow(3);
            terms.addColumn(t -> RatioText.number(a.terms().get(t), 4, getLocale())).setHeader(getTranslation("ratio.value"))
                    .setTextAlign(ColumnTextAlign.END);
            terms.addColumn(t -> RatioText.number(a.contributions().get(t), 4, getLocale()))
                    .setHeader(getTranslation("altman.contribution")).setTextAlign(ColumnTextAlign.END);
            terms.setItems(new ArrayList<>(a.terms().keySet()));
            terms.setAllRowsVisible(true);
            card.add(terms, new Span(getTranslation("altman.cutoffs", RatioText.number(a.variant().distressBelow(), 2, getLocale()),
                    RatioText.number(a.variant().safeAbove(), 2, getLocale()))));
        } else {
            card.add(new Span(getTranslation("altman.reason." + a.reason())));
        }
        AmountField market = new AmountField(getTranslation("altman.marketValue"));
        market.setValue(latest.getMarketValueOfEquity());
        market.setHelperText(getTranslation("altman.marketValue.help"));
        market.setId("market-value");
        Button save = new Button(getTranslation("common.save"), e -> saveMarketValue(latest, market.getValue()));
        save.setId("save-market-value");
        HorizontalLayout row = new HorizontalLayout(market, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        card.add(row, marketProblems);
        return card;
    }

    private void saveMarketValue(StatementSet set, BigDecimal value) {
        marketProblems.attempt(() -> {
            statements.setMarketValue(set, value);
            Notify.success(getTranslation("common.saved"));
            refresh();
        }, Map.of(), this::refresh);
    }

    private void openEntry() {
        StatementSet latest = periods.isEmpty() ? null : periods.get(0);
        new StatementEntryDialog(customer, latest, statements, problemMessages, this::refresh, LocalDate.now(clock)).open();
    }
}
