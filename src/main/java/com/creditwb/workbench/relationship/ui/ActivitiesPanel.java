package com.creditwb.workbench.relationship.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.relationship.ContactLogService;
import com.creditwb.workbench.relationship.Task;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The contact log of one customer, newest first, and the button that logs one; re-read from the service after each. */
class ActivitiesPanel extends VerticalLayout {

    final Grid<ContactLogService.View> grid = new Grid<>();
    final Button log = new Button();
    private final transient ContactLogService activities;
    private final CustomerRecord customer;

    ActivitiesPanel(CustomerRecord customer, ContactLogService activities, UserService users, String me, Clock clock) {
        this.customer = customer;
        this.activities = activities;
        setPadding(false);
        var l = getLocale();
        Map<String, String> contacts = new HashMap<>();
        customer.contacts().forEach(c -> contacts.put(String.valueOf(c.id()), c.name()));
        log.setText(getTranslation("activity.log"));
        log.setId("activity-log");
        log.setVisible(activities.canLog(customer.id()));
        log.addClickListener(e -> new ContactLogDialog(customer, activities, users, me, clock, this::refresh).open());
        grid.setId("activities");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> Formats.date(v.activity().getHappenedOn(), l)).setHeader(getTranslation("activity.date")).setAutoWidth(true);
        grid.addColumn(v -> Labels.of(this, v.activity().getType())).setHeader(getTranslation("activity.type")).setAutoWidth(true);
        grid.addColumn(v -> v.activity().isConfidential() ? getTranslation("activity.confidentialSubject", v.activity().getSubject())
                : v.activity().getSubject()).setHeader(getTranslation("activity.subject")).setFlexGrow(1);
        grid.addColumn(v -> v.activity().getNotes()).setHeader(getTranslation("activity.notes")).setFlexGrow(2);
        grid.addColumn(v -> v.activity().getOurs().stream().map(users::displayName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("activity.ours")).setAutoWidth(true);
        grid.addColumn(v -> v.activity().getTheirs().stream().map(id -> contacts.getOrDefault(id, "")).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("activity.theirs")).setAutoWidth(true);
        grid.addColumn(v -> v.nextSteps().stream().map(t -> step(t, users, l)).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("activity.nextSteps")).setFlexGrow(2);
        add(log, grid);
        refresh();
    }

    private String step(Task t, UserService users, java.util.Locale l) {
        return getTranslation(t.isDone() ? "activity.stepDone" : "activity.stepLine", t.getText(), users.displayName(t.getOwner()),
                Formats.date(t.getDueOn(), l));
    }

    void refresh() {
        grid.setItems(activities.activities(customer.id()));
    }
}
