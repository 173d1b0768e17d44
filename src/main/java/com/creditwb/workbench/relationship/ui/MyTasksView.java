package com.creditwb.workbench.relationship.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.NavigationGroup;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.relationship.Task;
import com.creditwb.workbench.relationship.TaskService;
import com.creditwb.workbench.relationship.domain.TaskDue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** *My tasks*: the signed-in user's open tasks — overdue, today, this week or all — each linked to its record, marked done here. */
@Menu(title = "nav.tasks", order = 0.1, icon = "vaadin:tasks")
@NavigationGroup("nav.group.overview")
@Route("tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    final Select<TaskDue> due = new Select<>();
    final Grid<Task> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final Problems problems = new Problems();
    private final transient TaskService tasks;

    final Grid<com.creditwb.workbench.relationship.CadenceService.Due> dueGrid = new Grid<>();
    final Button cadenceButton = new Button();

    public MyTasksView(TaskService tasks, com.creditwb.workbench.customer.CustomerService customers,
            com.creditwb.workbench.relationship.CadenceService cadence, Clock clock) {
        this.tasks = tasks;
        var l = getLocale();
        LocalDate today = LocalDate.now(clock);
        due.setItems(TaskDue.values());
        due.setItemLabelGenerator(d -> Labels.of(this, d));
        due.setValue(TaskDue.ALL);
        due.setId("tasks-due");
        due.addValueChangeListener(e -> refresh());
        count.setId("tasks-count");
        grid.setId("tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(t -> t.getDueOn().isBefore(today) ? "wb-overdue" : null);
        grid.addColumn(t -> Formats.date(t.getDueOn(), l) + (t.getDueOn().isBefore(today) ? " · " + getTranslation("task.overdue") : ""))
                .setHeader(getTranslation("task.dueOn")).setAutoWidth(true);
        grid.addComponentColumn(t -> new Anchor(t.getLink(), t.getText())).setHeader(getTranslation("task.text")).setFlexGrow(1);
        grid.addColumn(t -> t.getCustomerId() == null ? "" : customers.nameOf(t.getCustomerId())).setHeader(getTranslation("task.customer"))
                .setAutoWidth(true);
        grid.addColumn(t -> Labels.of(this, t.getSource())).setHeader(getTranslation("task.source")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button done = new Button(getTranslation("task.done"), e -> problems.attempt(() -> {
                tasks.done(t.getId());
                Notify.success(getTranslation("task.doneSaved"));
                refresh();
            }));
            done.setId("task-done-" + t.getId());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return done;
        }).setAutoWidth(true).setFlexGrow(0);
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("task.title")), count, due);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        dueGrid.setId("contacts-due");
        dueGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        dueGrid.addComponentColumn(d -> new Anchor("customers/" + d.customerId() + "?tab=activities", d.name()))
                .setHeader(getTranslation("task.customer")).setFlexGrow(1);
        dueGrid.addColumn(d -> d.tier() == null ? "" : getTranslation("keyaccount.tier." + d.tier())).setHeader(getTranslation("cadence.tier"))
                .setAutoWidth(true);
        dueGrid.addColumn(d -> d.level() == null ? "" : Labels.of(this, d.level())).setHeader(getTranslation("cadence.level")).setAutoWidth(true);
        dueGrid.addColumn(d -> getTranslation("cadence.every", Formats.integer(d.intervalDays(), l))).setHeader(getTranslation("cadence.interval"))
                .setAutoWidth(true);
        dueGrid.addColumn(d -> d.lastContact() == null ? getTranslation("cadence.never") : Formats.date(d.lastContact(), l))
                .setHeader(getTranslation("cadence.last")).setAutoWidth(true);
        dueGrid.addColumn(d -> Formats.date(d.dueOn(), l) + (d.dueOn().isBefore(today) ? " · " + getTranslation("task.overdue") : ""))
                .setHeader(getTranslation("task.dueOn")).setAutoWidth(true);
        dueGrid.setAllRowsVisible(true);
        var dueList = cadence.due(7);
        dueGrid.setItems(dueList);
        cadenceButton.setText(getTranslation("cadence.title"));
        cadenceButton.setId("cadence-settings");
        cadenceButton.setVisible(cadence.canSet());
        cadenceButton.addClickListener(e -> new CadenceDialog(cadence, () -> dueGrid.setItems(cadence.due(7))).open());
        HorizontalLayout dueHead = new HorizontalLayout(new com.vaadin.flow.component.html.H3(getTranslation("cadence.dueTitle")), cadenceButton);
        dueHead.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph rule = new Paragraph(getTranslation("cadence.rule"));
        rule.addClassName("wb-muted");
        grid.setHeight("24em");
        grid.setWidthFull();
        add(head, problems, grid, dueHead, rule, dueGrid);
        setWidthFull();
        refresh();
    }

    void refresh() {
        List<Task> list = tasks.tasks(null, due.getValue());
        grid.setItems(list);
        count.setText(getTranslation("task.count", Formats.integer(list.size(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.title");
    }
}
