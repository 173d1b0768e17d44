package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.MetricsService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.NavigationGroup;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The collection figures (催收指标): for a period, in all or by collector, risk class, region or account manager — DSO
 * (销售变现天数), best possible DSO, average days delinquent, CEI, bad-debt ratio, net loss, promises kept and disputes —
 * each formula shown with its inputs, and the whole's monthly trend over the last year.
 */
@Menu(title = "nav.collectionFigures", order = 2.08, icon = "vaadin:chart-line")
@NavigationGroup("nav.group.credit")
@Route("collections/figures")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.FINANCE_, Role.ACCOUNT_MANAGER_})
public class CollectionFiguresView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<MetricsService.By> by = new Select<>();
    final Grid<MetricsService.Group> grid = new Grid<>();
    final Chart days = new Chart();
    final Chart cei = new Chart();
    final Problems problems = new Problems();
    private final transient MetricsService metrics;
    private final transient UserService users;

    public CollectionFiguresView(MetricsService metrics, UserService users, Clock clock) {
        this.metrics = metrics;
        this.users = users;
        var l = getLocale();
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("collection.figures.from"));
        from.setLocale(l);
        from.setValue(today.minusDays(89));
        from.setId("figures-from");
        to.setLabel(getTranslation("collection.figures.to"));
        to.setLocale(l);
        to.setValue(today);
        to.setMax(today);
        to.setId("figures-to");
        by.setLabel(getTranslation("collection.figures.by"));
        by.setItems(MetricsService.By.values());
        by.setItemLabelGenerator(b -> getTranslation(b.messageKey()));
        by.setValue(MetricsService.By.ALL);
        by.setId("figures-by");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        by.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, by);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph formulas = new Paragraph(getTranslation("collection.figures.formulas"));
        formulas.addClassName("wb-muted");

        grid.setId("figures-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addColumn(this::groupName).setHeader(getTranslation("collection.figures.group")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(g -> Formats.integer(g.customers(), l)).setHeader(getTranslation("collection.figures.customers")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(g -> Formats.amount(g.inputs().beginningReceivables(), l)).setHeader(getTranslation("collection.figures.beginning"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> Formats.amount(g.inputs().creditSales(), l)).setHeader(getTranslation("collection.figures.sales"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> Formats.amount(g.inputs().endingReceivables(), l)).setHeader(getTranslation("collection.figures.ending"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> Formats.amount(g.inputs().endingCurrent(), l)).setHeader(getTranslation("collection.figures.current"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> figure(g, g.figures() == null ? null : g.figures().dso())).setHeader(getTranslation("collection.figures.dso"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> figure(g, g.figures() == null ? null : g.figures().bestPossibleDso())).setHeader(getTranslation("collection.figures.bpdso"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> figure(g, g.figures() == null ? null : g.figures().averageDaysDelinquent()))
                .setHeader(getTranslation("collection.figures.add")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> figure(g, g.figures() == null ? null : g.figures().cei())).setHeader(getTranslation("collection.figures.cei"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> g.figures() == null ? "" : Formats.percent(g.figures().badDebtRatio(), l))
                .setHeader(getTranslation("collection.figures.badDebt")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> Formats.amount(g.inputs().writeOffs().subtract(g.inputs().recoveries()), l))
                .setHeader(getTranslation("collection.figures.netLoss")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(g -> g.keptRate() == null ? "" : getTranslation("collection.figures.keptLine", Formats.percent(g.keptRate(), l),
                Formats.integer(g.promisesKept(), l), Formats.integer(g.promisesDue(), l))).setHeader(getTranslation("collection.figures.kept"))
                .setAutoWidth(true);
        grid.addColumn(g -> getTranslation("collection.figures.disputesLine", Formats.integer(g.disputesOpened(), l),
                Formats.integer(g.disputesResolved(), l), g.averageDaysToResolve() == null ? "—"
                        : Formats.decimal(g.averageDaysToResolve(), l, 1))).setHeader(getTranslation("collection.figures.disputes")).setAutoWidth(true);

        days.setId("figures-days-trend");
        days.setWidthFull();
        days.setHeight("280px");
        cei.setId("figures-cei-trend");
        cei.setWidthFull();
        cei.setHeight("280px");
        add(new H2(getTranslation("collection.figures.title")), formulas, filters, problems, grid, new H4(getTranslation("collection.figures.trend")),
                days, cei);
        refresh();
        trend();
    }

    private String figure(MetricsService.Group g, Double value) {
        return value == null ? getTranslation("collection.figures.notMeaningful." + g.why()) : Formats.decimal(value, getLocale(), 1);
    }

    private String groupName(MetricsService.Group g) {
        return switch (by.getValue() == null ? MetricsService.By.ALL : by.getValue()) {
            case ALL -> getTranslation(MetricsService.By.ALL.messageKey());
            case COLLECTOR, OWNER -> "null".equals(g.key()) ? getTranslation("collection.collector.none") : users.displayName(g.key());
            case RISK_CLASS -> "null".equals(g.key()) ? getTranslation("collection.figures.noClass") : getTranslation("credit.class." + g.key());
            case SEGMENT -> "null".equals(g.key()) ? getTranslation("collection.figures.noSegment") : getTranslation("keyaccount.tier." + g.key());
            case REGION -> "null".equals(g.key()) ? "" : getTranslation("region." + g.key());
        };
    }

    void refresh() {
        problems.attempt(() -> grid.setItems(metrics.recentFigures(from.getValue(), to.getValue(), by.getValue()).value()));
    }

    private void trend() {
        List<MetricsService.Month> months = metrics.recentTrend(12).value();
        List<String> labels = months.stream().map(m -> m.month().toString()).toList();
        days.lines(labels, List.of(getTranslation("collection.figures.dso"), getTranslation("collection.figures.bpdso"),
                getTranslation("collection.figures.add")), List.of(series(months, 0), series(months, 1), series(months, 2)), true);
        cei.lines(labels, List.of(getTranslation("collection.figures.cei")), List.of(series(months, 3)), true);
    }

    private static List<Double> series(List<MetricsService.Month> months, int which) {
        return months.stream().map(m -> m.figures() == null || m.figures().figures() == null ? null : switch (which) {
            case 0 -> m.figures().figures().dso();
            case 1 -> m.figures().figures().bestPossibleDso();
            case 2 -> m.figures().figures().averageDaysDelinquent();
            default -> m.figures().figures().cei();
        }).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collection.figures.title");
    }
}
