package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.excel.ListExport;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import com.creditwb.workbench.credit.domain.Alert;
import com.creditwb.workbench.credit.CreditAlertService;
import com.creditwb.workbench.customer.ui.CustomerDetailView;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.common.i18n.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * Alerts: limits exceeded, amounts open without credit (refused or undecided), reviews due or overdue, items
 * overdue beyond the threshold, statements newer than the decision — with the amounts in their own columns,
 * sortable, filtered by kind and account manager, exported as shown.
 */
@com.vaadin.flow.router.Menu(title = "nav.alerts", order = 2.1, icon = "vaadin:bell")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.credit")
@Route("credit/alerts")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.FINANCE_, Role.ACCOUNT_MANAGER_})
public class AlertsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<Alert> grid = new Grid<>();
    final Select<Alert.Type> type;
    final Select<String> owner = new Select<>();
    final Anchor export;
    private final List<Alert> alerts;
    private final transient UserService users;

    public AlertsView(CreditAlertService monitor, UserService users) {
        this.users = users;
        addClassName("wb-page");
        alerts = monitor.alerts();
        type = Labels.select(this, "alert.type", Alert.Type.class);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("alert.type.all"));
        type.setPlaceholder(getTranslation("alert.type.all"));
        type.setId("alert-type");
        type.addValueChangeListener(e -> filter());
        owner.setLabel(getTranslation("alert.owner"));
        owner.setItems(alerts.stream().map(a -> a.owner() == null ? "" : a.owner()).distinct().sorted().toList());
        owner.setItemLabelGenerator(o -> o == null ? getTranslation("alert.owner.all") : o.isEmpty() ? getTranslation("alert.owner.none")
                : users.displayName(o));
        owner.setEmptySelectionAllowed(true);
        owner.setEmptySelectionCaption(getTranslation("alert.owner.all"));
        owner.setPlaceholder(getTranslation("alert.owner.all"));
        owner.setId("alert-owner");
        owner.addValueChangeListener(e -> filter());
        grid.setId("alerts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> Labels.of(this, a.type())).setHeader(getTranslation("alert.type")).setAutoWidth(true)
                .setComparator(a -> a.type().ordinal()).setSortable(true);
        grid.addColumn(a -> a.customerCode() + " " + a.customerName()).setHeader(getTranslation("credit.customer")).setWidth("16em").setFlexGrow(2)
                .setComparator(Alert::customerCode).setSortable(true);
        grid.addColumn(a -> a.owner() == null ? "" : users.displayName(a.owner())).setHeader(getTranslation("alert.owner"))
                .setAutoWidth(true).setComparator(a -> a.owner() == null ? "" : a.owner()).setSortable(true);
        amount(Alert::open, "alert.open", "open");
        grid.addColumn(a -> CreditText.limit(this, a.limit(), a.limitUntil())).setHeader(getTranslation("alert.limit")).setKey("limit")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(a -> a.limit() == null ? BigDecimal.valueOf(Long.MIN_VALUE) : a.limit()).setSortable(true);
        amount(Alert::excess, "alert.excess", "excess");
        grid.addColumn(a -> a.daysOverdue() == null || a.daysOverdue() == 0 ? "" : Formats.integer(a.daysOverdue(), getLocale()))
                .setHeader(getTranslation("alert.daysOverdue")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true).setComparator(a -> a.daysOverdue() == null ? -1 : a.daysOverdue()).setSortable(true)
                .setKey("daysOverdue");
        grid.addColumn(a -> Formats.date(a.date(), getLocale())).setHeader(getTranslation("alert.date")).setAutoWidth(true)
                .setComparator(a -> a.date() == null ? java.time.LocalDate.MIN : a.date()).setSortable(true);
        grid.addColumn(this::detail).setHeader(getTranslation("alert.detail")).setWidth("18em").setFlexGrow(3);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CustomerDetailView.class,
                new RouteParameters("customerId", String.valueOf(e.getItem().customerId()))));
        grid.setAllRowsVisible(true);
        export = ExcelFiles.stream("credit-alerts.xlsx", this::writeShown, getTranslation("alert.export"));
        export.setId("alerts-export");
        HorizontalLayout filters = new HorizontalLayout(type, owner, export);
        filters.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("alert.title")), filters, grid);
        filter();
    }

    private void amount(java.util.function.Function<Alert, BigDecimal> value, String header, String key) {
        grid.addColumn(a -> Formats.amount(value.apply(a), getLocale())).setHeader(getTranslation(header)).setKey(key)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(a -> value.apply(a) == null ? BigDecimal.valueOf(Long.MIN_VALUE) : value.apply(a)).setSortable(true);
    }

    private String detail(Alert a) {
        return getTranslation(a.type().detailKey(), a.args().stream().map(x -> x instanceof LocalDate d ? Formats.date(d, getLocale()) : x).toArray());
    }

    /** The alerts as filtered now, in the grid's columns. */
    List<Alert> shown() {
        return alerts.stream().filter(a -> type.getValue() == null || a.type() == type.getValue())
                .filter(a -> owner.getValue() == null || owner.getValue().equals(a.owner() == null ? "" : a.owner())).toList();
    }

    /** Writes the shown alerts to a workbook, amounts as numbers. */
    void writeShown(java.io.OutputStream out) {
        List<ListExport.Column<Alert>> columns = List.of(
                new ListExport.Column<>(getTranslation("alert.type"), ListExport.Kind.TEXT, a -> Labels.of(this, a.type())),
                new ListExport.Column<>(getTranslation("customer.code"), ListExport.Kind.TEXT, Alert::customerCode),
                new ListExport.Column<>(getTranslation("customer.name"), ListExport.Kind.TEXT, Alert::customerName),
                new ListExport.Column<>(getTranslation("alert.owner"), ListExport.Kind.TEXT, a -> a.owner() == null ? null : users.displayName(a.owner())),
                new ListExport.Column<>(getTranslation("alert.open"), ListExport.Kind.AMOUNT, Alert::open),
                new ListExport.Column<>(getTranslation("alert.limit"), ListExport.Kind.AMOUNT, Alert::limit),
                new ListExport.Column<>(getTranslation("alert.excess"), ListExport.Kind.AMOUNT, Alert::excess),
                new ListExport.Column<>(getTranslation("alert.daysOverdue"), ListExport.Kind.INTEGER, a -> a.daysOverdue() == null || a.daysOverdue() == 0 ? null : a.daysOverdue()),
                new ListExport.Column<>(getTranslation("alert.date"), ListExport.Kind.DATE, Alert::date),
                new ListExport.Column<>(getTranslation("alert.detail"), ListExport.Kind.TEXT, this::detail),
                new ListExport.Column<>(getTranslation("credit.limitUntil"), ListExport.Kind.DATE, Alert::limitUntil));
        ListExport.write(getTranslation("alert.title"), columns, shown().iterator(), null, out);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("type").ifPresent(t -> {
            try {
                type.setValue(Alert.Type.valueOf(t));
            } catch (IllegalArgumentException e) {
                // unknown type: show all
            }
        });
    }

    private void filter() {
        grid.setItems(shown());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alert.title");
    }
}
