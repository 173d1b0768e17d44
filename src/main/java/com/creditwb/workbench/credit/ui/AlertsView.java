package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.credit.Alert;
import com.creditwb.workbench.credit.CreditMonitorService;
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

/** Alerts: limits exceeded, reviews due or overdue, items overdue beyond the threshold, statements newer than the decision. */
@com.vaadin.flow.router.Menu(title = "nav.alerts", order = 2.1, icon = "vaadin:bell")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.credit")
@Route("credit/alerts")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.FINANCE_, Role.ACCOUNT_MANAGER_})
public class AlertsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<Alert> grid = new Grid<>();
    final Select<Alert.Type> type;
    private final List<Alert> alerts;

    public AlertsView(CreditMonitorService monitor) {
        addClassName("wb-page");
        alerts = monitor.alerts();
        type = Labels.select(this, "alert.type", Alert.Type.class);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("alert.type.all"));
        type.setId("alert-type");
        type.addValueChangeListener(e -> filter());
        grid.setId("alerts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> Labels.of(this, a.type())).setHeader(getTranslation("alert.type")).setAutoWidth(true);
        grid.addColumn(a -> a.customerCode() + " " + a.customerName()).setHeader(getTranslation("credit.customer")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.type().detailKey(), a.args().stream()
                .map(x -> x instanceof LocalDate d ? Formats.date(d, getLocale()) : x).toArray())).setHeader(getTranslation("alert.detail")).setFlexGrow(3);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CustomerDetailView.class,
                new RouteParameters("customerId", String.valueOf(e.getItem().customerId()))));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("alert.title")), type, grid);
        filter();
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
        grid.setItems(alerts.stream().filter(a -> type.getValue() == null || a.type() == type.getValue()).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alert.title");
    }
}
