package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.creditwb.workbench.servicequality.Complaint;
import com.creditwb.workbench.servicequality.ComplaintService;
import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
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
    final com.vaadin.flow.component.button.Button targets = new com.vaadin.flow.component.button.Button();
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
        grid = ComplaintsGrid.create(complaints, c -> names.computeIfAbsent(c.getCustomerId(), id -> customers.record(id).name()),
                c -> new ComplaintDialog(c.getCustomerId(), complaints.get(c.getId()), complaints, users, this::refresh).open());
        grid.setId("complaints-grid");
        grid.setSizeFull();
        targets.setText(getTranslation("complaint.targets"));
        targets.setId("complaint-targets");
        targets.setVisible(complaints.canSetTargets());
        targets.addClickListener(e -> openTargets());
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("complaint.list.title")), targets);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, filters, grid);
        refresh();
    }

    /** ADMIN: hours to the first response and to the resolution, by severity. */
    void openTargets() {
        com.vaadin.flow.component.dialog.Dialog d = new com.vaadin.flow.component.dialog.Dialog();
        d.setHeaderTitle(getTranslation("complaint.targets"));
        Map<ComplaintFlow.Severity, com.vaadin.flow.component.textfield.IntegerField[]> fields = new java.util.EnumMap<>(ComplaintFlow.Severity.class);
        VerticalLayout body = new VerticalLayout(new com.vaadin.flow.component.html.Paragraph(getTranslation("complaint.targets.help")));
        complaints.targets().forEach((s, t) -> {
            var response = new com.vaadin.flow.component.textfield.IntegerField(getTranslation("complaint.targets.response", Labels.of(this, s)));
            response.setValue(t.responseHours());
            response.setId("target-response-" + s.name());
            var resolution = new com.vaadin.flow.component.textfield.IntegerField(getTranslation("complaint.targets.resolution", Labels.of(this, s)));
            resolution.setValue(t.resolutionHours());
            resolution.setId("target-resolution-" + s.name());
            fields.put(s, new com.vaadin.flow.component.textfield.IntegerField[] {response, resolution});
            body.add(new HorizontalLayout(response, resolution));
        });
        Problems problems = new Problems();
        body.add(problems);
        d.add(body);
        var save = new com.vaadin.flow.component.button.Button(getTranslation("common.save"), e -> {
            Map<ComplaintFlow.Severity, ComplaintFlow.Target> t = new java.util.EnumMap<>(ComplaintFlow.Severity.class);
            fields.forEach((s, f) -> {
                if (f[0].getValue() != null && f[1].getValue() != null) {
                    t.put(s, new ComplaintFlow.Target(f[0].getValue(), f[1].getValue()));
                }
            });
            try {
                complaints.saveTargets(t);
                com.creditwb.workbench.common.ui.Notify.success(getTranslation("complaint.targets.saved"));
                d.close();
                refresh();
            } catch (com.creditwb.workbench.common.ValidationException ex) {
                problems.clear();
                problems.show(ex);
            }
        });
        save.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        save.setId("complaint-targets-save");
        d.getFooter().add(new com.vaadin.flow.component.button.Button(getTranslation("common.cancel"), e -> d.close()), save);
        d.open();
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
