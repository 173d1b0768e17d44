package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.excel.ListExport;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.CreditPortfolioService;
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

    record GroupRow(String label, CreditPortfolioService.Group group) {
    }

    final Grid<GroupRow> byRating = new Grid<>();
    final Grid<GroupRow> byClass = new Grid<>();
    final Grid<CreditPortfolioService.TopExposure> top = new Grid<>();
    final Chart ratingChart = new Chart();
    final Chart classChart = new Chart();
    final Chart dsoChart = new Chart();

    final Select<com.creditwb.workbench.customer.domain.Industry> industry;
    final Select<com.creditwb.workbench.customer.domain.Region> region;
    final Select<com.creditwb.workbench.credit.model.RiskClass> riskClass;
    final Select<String> owner = new Select<>();
    final Anchor export;
    private final Paragraph summary = new Paragraph();
    private final transient CreditPortfolioService monitor;
    private final transient UserService users;
    CreditPortfolioService.Portfolio portfolio;

    public PortfolioView(CreditPortfolioService monitor, ReceivableService receivables, UserService users) {
        this.monitor = monitor;
        this.users = users;
        addClassName("wb-page");
        add(new H2(getTranslation("portfolio.title")));
        industry = Labels.select(this, "customer.industry", com.creditwb.workbench.customer.domain.Industry.class);
        region = Labels.select(this, "customer.region", com.creditwb.workbench.customer.domain.Region.class);
        riskClass = Labels.select(this, "credit.riskClass", com.creditwb.workbench.credit.model.RiskClass.class);
        owner.setLabel(getTranslation("alert.owner"));
        owner.setItems(users.accountManagers().stream().map(UserService.UserSummary::username).toList());
        owner.setItemLabelGenerator(o -> o == null ? getTranslation("alert.owner.all") : users.displayName(o));
        for (Select<?> filter : List.of(industry, region, riskClass, owner)) {
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption(getTranslation("alert.type.all"));
            filter.setPlaceholder(getTranslation("alert.type.all"));
            filter.addValueChangeListener(e -> refresh());
        }
        industry.setId("portfolio-industry");
        region.setId("portfolio-region");
        riskClass.setId("portfolio-class");
        owner.setId("portfolio-owner");
        export = ExcelFiles.stream("credit-portfolio.xlsx", this::writeLines, getTranslation("alert.export"));
        export.setId("portfolio-export");
        HorizontalLayout filters = new HorizontalLayout(industry, region, owner, riskClass, export);
        filters.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, summary);
        setup(byRating, "portfolio.rating");
        byRating.setId("portfolio-by-rating");
        setup(byClass, "credit.riskClass");
        byClass.setId("portfolio-by-class");
        ratingChart.setId("portfolio-rating-chart");
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
        top.addColumn(CreditPortfolioService.TopExposure::rating).setHeader(getTranslation("credit.rating")).setAutoWidth(true);
        top.addComponentColumn(t -> CreditText.riskBadge(this, t.riskClass())).setHeader(getTranslation("credit.riskClass")).setAutoWidth(true);
        top.addColumn(t -> CreditText.amount(this, t.open())).setHeader(getTranslation("credit.exposure.open")).setAutoWidth(true);
        top.addColumn(t -> CreditText.limit(this, t.limit(), t.limitUntil())).setHeader(getTranslation("credit.limit")).setAutoWidth(true);
        top.addColumn(t -> CreditText.percent(this, t.utilisation())).setHeader(getTranslation("credit.exposure.utilisation")).setAutoWidth(true);
        top.setAllRowsVisible(true);
        top.addItemClickListener(e -> UI.getCurrent().navigate(CustomerDetailView.class,
                new RouteParameters("customerId", String.valueOf(e.getItem().customerId()))));

        List<Dso> trend = receivables.dsoTrend(CreditMonitorService.DEFAULT_DSO_DAYS);
        dsoChart.show(trend.stream().map(d -> Formats.date(d.asOf(), getLocale())).toList(), getTranslation("portfolio.dso"),
                trend.stream().map(Dso::value).toList(), Chart.Format.PLAIN);
        dsoChart.setId("portfolio-dso");
        add(cards, new H3(getTranslation("portfolio.top")), top, new H3(getTranslation("portfolio.dsoTrend")),
                new Paragraph(getTranslation("portfolio.dsoHelp", CreditMonitorService.DEFAULT_DSO_DAYS)), dsoChart);
        refresh();
    }

    CreditPortfolioService.PortfolioFilter filter() {
        return new CreditPortfolioService.PortfolioFilter(industry.getValue(), region.getValue(), owner.getValue(), riskClass.getValue());
    }

    /** Works the portfolio out again for the filters chosen and shows it. */
    void refresh() {
        CreditPortfolioService.Portfolio p = monitor.portfolio(20, filter());
        portfolio = p;
        summary.setText(p.asOf() == null ? getTranslation("credit.exposure.noList")
                : getTranslation("portfolio.summary", Formats.date(p.asOf(), getLocale()), CreditText.amount(this, p.totalLimit()),
                        CreditText.amount(this, p.totalOpen()), p.undecidedWithItems()));
        List<GroupRow> ratingRows = p.byRating().entrySet().stream().map(e -> new GroupRow(e.getKey(), e.getValue())).toList();
        List<GroupRow> classRows = p.byClass().entrySet().stream()
                .map(e -> new GroupRow(getTranslation(e.getKey().messageKey()), e.getValue())).toList();
        byRating.setItems(ratingRows);
        byClass.setItems(classRows);
        chart(ratingChart, ratingRows);
        chart(classChart, classRows);
        top.setItems(p.top());
    }

    /** Every decided customer the filters take in, with limit, exposure and utilisation. */
    void writeLines(java.io.OutputStream out) {
        List<ListExport.Column<CreditPortfolioService.TopExposure>> columns = List.of(
                new ListExport.Column<>(getTranslation("customer.code"), ListExport.Kind.TEXT, CreditPortfolioService.TopExposure::code),
                new ListExport.Column<>(getTranslation("customer.name"), ListExport.Kind.TEXT, CreditPortfolioService.TopExposure::name),
                new ListExport.Column<>(getTranslation("credit.rating"), ListExport.Kind.TEXT, CreditPortfolioService.TopExposure::rating),
                new ListExport.Column<>(getTranslation("credit.riskClass"), ListExport.Kind.TEXT,
                        t -> t.riskClass() == null ? null : getTranslation(t.riskClass().messageKey())),
                new ListExport.Column<>(getTranslation("credit.limit"), ListExport.Kind.AMOUNT, CreditPortfolioService.TopExposure::limit),
                new ListExport.Column<>(getTranslation("credit.exposure.open"), ListExport.Kind.AMOUNT, CreditPortfolioService.TopExposure::open),
                new ListExport.Column<>(getTranslation("credit.exposure.utilisation"), ListExport.Kind.PERCENT,
                        CreditPortfolioService.TopExposure::utilisation),
                new ListExport.Column<>(getTranslation("credit.limitUntil"), ListExport.Kind.DATE, CreditPortfolioService.TopExposure::limitUntil));
        ListExport.write(getTranslation("portfolio.title"), columns, monitor.portfolio(20, filter()).lines().iterator(), null, out);
    }

    private void setup(Grid<GroupRow> grid, String labelKey) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(GroupRow::label).setHeader(getTranslation(labelKey));
        // amounts sized to their content and right-aligned: never cut off
        grid.addColumn(r -> Formats.integer(r.group().customers(), getLocale())).setHeader(getTranslation("portfolio.customers"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(r -> CreditText.amount(this, r.group().limit())).setHeader(getTranslation("credit.limit"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(r -> CreditText.amount(this, r.group().exposure())).setHeader(getTranslation("credit.exposure.open"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
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
