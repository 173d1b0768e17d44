package com.creditwb.workbench.relationship.ui;

import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.relationship.ContactLogService;
import com.creditwb.workbench.relationship.domain.ActivityType;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Logs a contact with a customer: the fields make an {@link ContactLogService.ActivityCommand} for the service; up to
 * three next steps, each with its owner and due date (a step left empty is not sent).
 */
class ContactLogDialog extends FormDialog {

    static final int STEPS = 3;

    final ComboBox<ActivityType> type;
    final DatePicker date = new DatePicker();
    final TextField subject = new TextField();
    final TextArea notes = new TextArea();
    final MultiSelectComboBox<String> ours = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> theirs = new MultiSelectComboBox<>();
    final Checkbox confidential = new Checkbox();
    final List<TextField> stepTexts = new ArrayList<>();
    final List<ComboBox<String>> stepOwners = new ArrayList<>();
    final List<DatePicker> stepDues = new ArrayList<>();

    ContactLogDialog(CustomerRecord customer, ContactLogService activities, UserService users, String me, Clock clock, Runnable saved) {
        super(new TextField().getTranslation("activity.log"), new TextField().getTranslation("common.save"));
        LocalDate today = LocalDate.now(clock);
        type = Labels.comboBox(this, "activity.type", ActivityType.class);
        type.setValue(ActivityType.VISIT);
        type.setId("contact-type");
        date.setLabel(getTranslation("activity.date"));
        date.setLocale(getLocale());
        date.setValue(today);
        date.setMax(today);
        date.setId("contact-date");
        subject.setLabel(getTranslation("activity.subject"));
        subject.setMaxLength(200);
        subject.setId("contact-subject");
        notes.setLabel(getTranslation("activity.notes"));
        notes.setMaxLength(4000);
        notes.setId("contact-notes");
        Map<String, String> names = new HashMap<>();
        users.enabledUsers().forEach(u -> names.put(u.username(), u.displayName()));
        ours.setLabel(getTranslation("activity.ours"));
        ours.setItems(names.keySet().stream().sorted().toList());
        ours.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        ours.setValue(java.util.Set.of(me));
        ours.setId("contact-ours");
        Map<String, String> contacts = new HashMap<>();
        customer.contacts().forEach(c -> contacts.put(String.valueOf(c.id()), c.name()));
        theirs.setLabel(getTranslation("activity.theirs"));
        theirs.setItems(contacts.keySet().stream().sorted().toList());
        theirs.setItemLabelGenerator(id -> contacts.getOrDefault(id, id));
        theirs.setId("contact-theirs");
        confidential.setLabel(getTranslation("activity.confidential"));
        confidential.setId("contact-confidential");
        FormLayout form = new FormLayout(type, date, subject, ours, theirs, notes, confidential);
        form.setColspan(subject, 2);
        form.setColspan(notes, 2);
        Map<String, HasValidation> fields = new HashMap<>(Map.of("type", type, "date", date, "subject", subject, "notes", notes, "ours", ours,
                "theirs", theirs));
        for (int i = 0; i < STEPS; i++) {
            TextField text = new TextField(getTranslation("activity.step", i + 1));
            text.setMaxLength(500);
            text.setId("contact-step-" + i);
            ComboBox<String> owner = new ComboBox<>(getTranslation("activity.step.owner"));
            owner.setItems(names.keySet().stream().sorted().toList());
            owner.setItemLabelGenerator(u -> names.getOrDefault(u, u));
            owner.setValue(me);
            owner.setId("contact-step-owner-" + i);
            DatePicker due = new DatePicker(getTranslation("activity.step.due"));
            due.setLocale(getLocale());
            due.setMin(today);
            due.setValue(today.plusWeeks(1));
            due.setId("contact-step-due-" + i);
            stepTexts.add(text);
            stepOwners.add(owner);
            stepDues.add(due);
            form.add(text, owner, due);
            fields.put("nextSteps[" + i + "].text", text);
            fields.put("nextSteps[" + i + "].owner", owner);
            fields.put("nextSteps[" + i + "].due", due);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        setWidth("min(56em, 95vw)");
        with(form).fields(fields);
        primary().setId("contact-save");
        onPrimary(() -> {
            List<ContactLogService.NextStep> steps = new ArrayList<>();
            for (int i = 0; i < STEPS; i++) {
                if (!stepTexts.get(i).getValue().isBlank()) {
                    steps.add(new ContactLogService.NextStep(stepTexts.get(i).getValue(), stepOwners.get(i).getValue(), stepDues.get(i).getValue()));
                }
            }
            activities.log(customer.id(), new ContactLogService.ActivityCommand(type.getValue(), date.getValue(), subject.getValue(), notes.getValue(),
                    List.copyOf(ours.getValue()), List.copyOf(theirs.getValue()), confidential.getValue(), steps));
            Notify.success(getTranslation("activity.saved"));
            saved.run();
        });
    }
}
