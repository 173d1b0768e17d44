package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.creditwb.workbench.servicequality.Complaint;
import com.creditwb.workbench.servicequality.ComplaintFlow;
import com.creditwb.workbench.servicequality.ComplaintService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The complaints the user may read (all for credit managers and ADMIN): by status, overdue only; a click opens one. */
@com.vaadin.flow.router.Menu(title = "nav.complaints", order = 1.5, icon = "vaadin:comment-ellipsis")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.customers")
@Route("complaints")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_, Role.FINANCE_})
public class ComplaintsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ComplaintService complaints;
    private final transient CustomerService customers;
    private final transient UserService users;
    final ComboBox<ComplaintFlow.Status> status;
    final Checkbox overdue = new Checkbox();
    final Grid<Complaint> grid;
    private final Map<Long, String> names = new HashMap<>();

    public ComplaintsView(ComplaintService complaints, CustomerService customers, UserService users) {
        this.complaints = complaints;
        this.customers = customers;
        this.users = users;
        setSizeFull();
        status = Labels.comboBox(this, "complaint.field.status", ComplaintFlow.Status.class);
        status.setId("complaints-status");
        overdue.setLabel(getTranslation("complaint.filter.overdue"));
        overdue.setId("complaints-overdue");
        status.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, overdue);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid = ComplaintsGrid.create(complaints, c -> names.computeIfAbsent(c.getCustomerId(), id -> customers.get(id).getName()),
                c -> new ComplaintDialog(c.getCustomerId(), complaints.get(c.getId()), complaints, users, this::refresh).open());
        grid.setId("complaints-grid");
        grid.setSizeFull();
        add(new H2(getTranslation("complaint.list.title")), filters, grid);
        refresh();
    }

    List<Complaint> shown() {
        return complaints.list(new ComplaintService.Filter(null, status.getValue(), overdue.getValue()));
    }

    void refresh() {
        grid.setItems(shown());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.list.title");
    }
}
