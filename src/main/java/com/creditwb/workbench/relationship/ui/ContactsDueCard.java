package com.creditwb.workbench.relationship.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Card;
import com.creditwb.workbench.common.ui.DashboardCard;
import com.creditwb.workbench.relationship.CadenceService;
import com.creditwb.workbench.relationship.TaskService;
import com.creditwb.workbench.relationship.domain.TaskDue;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;

/** The dashboard's card of the day's relationship work: open tasks (overdue, today) and customers due for contact. */
@org.springframework.stereotype.Component
class ContactsDueCard implements DashboardCard {

    private final TaskService tasks;
    private final CadenceService cadence;
    private final Clock clock;

    ContactsDueCard(TaskService tasks, CadenceService cadence, Clock clock) {
        this.tasks = tasks;
        this.cadence = cadence;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visible() {
        return tasks.hasList();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Card card = new Card("task.card.title");
        card.setId("dashboard-tasks");
        var l = com.creditwb.workbench.common.i18n.Locales.current();
        LocalDate today = LocalDate.now(clock);
        var due = cadence.due(0);
        card.add(new Div(card.getTranslation("task.card.line", Formats.integer(tasks.tasks(null, TaskDue.OVERDUE).size(), l),
                Formats.integer(tasks.tasks(null, TaskDue.TODAY).size(), l), Formats.integer(due.stream().filter(d -> d.dueOn().isBefore(today)).count(), l),
                Formats.integer(due.size(), l))));
        card.add(new Div(new Anchor("tasks", card.getTranslation("task.card.open"))));
        return card;
    }
}
