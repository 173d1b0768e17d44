package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.ActivityService;
import com.creditwb.workbench.collection.CollectionActivity;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** Logs a contact about what a customer owes: the fields make an {@link ActivityService.ActivityCommand} for the service. */
class ActivityDialog extends FormDialog {

    final ComboBox<CollectionActivity.Kind> kind;
    final DatePicker date = new DatePicker();
    final TextField contact = new TextField();
    final TextArea outcome = new TextArea();
    final TextField nextAction = new TextField();
    final DatePicker nextDate = new DatePicker();

    ActivityDialog(Long customerId, ActivityService activities, Clock clock, Runnable saved) {
        super(new TextField().getTranslation("collection.activity.log"), new TextField().getTranslation("common.save"));
        kind = Labels.comboBox(this, "collection.activity.kind", CollectionActivity.Kind.class);
        kind.setValue(CollectionActivity.Kind.CALL);
        kind.setId("activity-kind");
        LocalDate today = LocalDate.now(clock);
        date.setLabel(getTranslation("collection.activity.date"));
        date.setLocale(getLocale());
        date.setValue(today);
        date.setMax(today);
        date.setId("activity-date");
        contact.setLabel(getTranslation("collection.activity.contact"));
        contact.setMaxLength(200);
        contact.setId("activity-contact");
        outcome.setLabel(getTranslation("collection.activity.outcome"));
        outcome.setMaxLength(1000);
        outcome.setId("activity-outcome");
        nextAction.setLabel(getTranslation("collection.activity.next"));
        nextAction.setMaxLength(200);
        nextAction.setId("activity-next");
        nextDate.setLabel(getTranslation("collection.activity.nextDate"));
        nextDate.setLocale(getLocale());
        nextDate.setMin(today);
        nextDate.setId("activity-next-date");
        FormLayout form = new FormLayout(kind, date, contact, outcome, nextAction, nextDate);
        form.setColspan(outcome, 2);
        setWidth("min(44em, 95vw)");
        with(form).fields(Map.of("kind", kind, "date", date, "contact", contact, "outcome", outcome, "nextAction", nextAction,
                "nextActionDate", nextDate));
        primary().setId("activity-save");
        onPrimary(() -> {
            activities.log(customerId, new ActivityService.ActivityCommand(kind.getValue(), date.getValue(), contact.getValue(), outcome.getValue(),
                    nextAction.getValue(), nextDate.getValue()));
            Notify.success(getTranslation("collection.activity.saved"));
            saved.run();
        });
    }
}
