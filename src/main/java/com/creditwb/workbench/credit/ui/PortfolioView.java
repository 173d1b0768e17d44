package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.receivable.Dso;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.ui.CustomerDetailView;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The credit portfolio: limits and exposure by rating and risk class (table and chart), top exposures, DSO trend. */
@com.vaadin.flow.router.Menu(title = "nav.portfolio", order = 2.2, icon = "vaadin:pie-chart")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.credit")
@Route("credit/portfolio")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.FINANCE_})
public class PortfolioView extends VerticalLayout implements HasDynamicTitle {

    record GroupRow(String label, CreditMonitorService.Group group) {
    }

    final Grid<GroupRow> byRating = new Grid<>();
    final Grid<GroupRow> byClass = new Grid<>();
    final Grid<CreditMonitorService.TopExposure> top = new Grid<>();
    final Chart ratingChart = new Chart();
    final Chart classChart = new Chart();
    final Chart dsoChart = new Chart();

    public PortfolioView(CreditMonitorService monitor, ReceivableService receivables) {
        addClassName("wb-page");
        CreditMonitorService.Portfolio p = monitor.portfolio(20);
        add(new H2(getTranslation("portfolio.title")));
        add(new Paragraph(p.asOf() == null ? getTranslation("credit.exposure.noList")
                : getTranslation("portfolio.summary", Formats.date(p.asOf(), getLocale()), CreditText.amount(this, p.totalLimit()),
                        CreditText.amount(this, p.totalOpen()), p.undecidedWithItems())));
        List<GroupRow> ratingRows = p.byRating().entrySet().stream().map(e -> new GroupRow(e.getKey(), e.getValue())).toList();
        List<GroupRow> classRows = p.byClass().entrySet().stream()
                .map(e -> new GroupRow(getTranslation(e.getKey().messageKey()), e.getValue())).toList();
        setup(byRating, "portfolio.rating", ratingRows);
        byRating.setId("portfolio-by-rating");
        setup(byClass, "credit.riskClass", classRows);
        byClass.setId("portfolio-by-class");
        chart(ratingChart, ratingRows);
        ratingChart.setId("portfolio-rating-chart");
        chart(classChart, classRows);
        classChart.setId("portfolio-class-chart");
        Div ratingCard = new Div(new H3(getTranslation("portfolio.byRating")), byRating, ratingChart);
        ratingCard.addClassName("wb-card");
        Div classCard = new Div(new H3(getTranslation("portfolio.byClass")), byClass, classChart);
        classCard.addClassName("wb-card");
        Div cards = new Div(ratingCard, classCard);
        cards.addClassNames("wb-cards", "wb-cards-wide");

        top.setId("top-exposures");
        top.addThemeVariants(GridVariant.LUMO_COMPACT);
        top.addColumn(t -> t.code() + " " + t.name()).setHeader(getTranslation("credit.customer")).setFlexGrow(2);
        top.addColumn(CreditMonitorService.TopExposure::rating).setHeader(getTranslation("credit.rating")).setAutoWidth(true);
        top.addComponentColumn(t -> CreditText.riskBadge(this, t.riskClass())).setHeader(getTranslation("credit.riskClass")).setAutoWidth(true);
        top.addColumn(t -> CreditText.amount(this, t.open())).setHeader(getTranslation("credit.exposure.open")).setAutoWidth(true);
        top.addColumn(t -> CreditText.amount(this, t.limit())).setHeader(getTranslation("credit.limit")).setAutoWidth(true);
        top.addColumn(t -> CreditText.percent(this, t.utilisation())).setHeader(getTranslation("credit.exposure.utilisation")).setAutoWidth(true);
        top.setItems(p.top());
        top.setAllRowsVisible(true);
        top.addItemClickListener(e -> UI.getCurrent().navigate(CustomerDetailView.class,
                new RouteParameters("customerId", String.valueOf(e.getItem().customerId()))));

        List<Dso> trend = receivables.dsoTrend(CreditMonitorService.DEFAULT_DSO_DAYS);
        dsoChart.show(trend.stream().map(d -> Formats.date(d.asOf(), getLocale())).toList(), getTranslation("portfolio.dso"),
                trend.stream().map(Dso::value).toList(), Chart.Format.PLAIN);
        dsoChart.setId("portfolio-dso");
        add(cards, new H3(getTranslation("portfolio.top")), top, new H3(getTranslation("portfolio.dsoTrend")),
                new Paragraph(getTranslation("portfolio.dsoHelp", CreditMonitorService.DEFAULT_DSO_DAYS)), dsoChart);
    }

    private void setup(Grid<GroupRow> grid, String labelKey, List<GroupRow> rows) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(GroupRow::label).setHeader(getTranslation(labelKey));
        grid.addColumn(r -> Formats.integer(r.group().customers(), getLocale())).setHeader(getTranslation("portfolio.customers"));
        grid.addColumn(r -> CreditText.amount(this, r.group().limit())).setHeader(getTranslation("credit.limit"));
        grid.addColumn(r -> CreditText.amount(this, r.group().exposure())).setHeader(getTranslation("credit.exposure.open"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
    }

    private void chart(Chart chart, List<GroupRow> rows) {
        chart.bars(rows.stream().map(GroupRow::label).toList(),
                List.of(getTranslation("credit.limit"), getTranslation("credit.exposure.open")),
                List.of(rows.stream().map(r -> r.group().limit().doubleValue()).toList(),
                        rows.stream().map(r -> r.group().exposure().doubleValue()).toList()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.title");
    }

}
