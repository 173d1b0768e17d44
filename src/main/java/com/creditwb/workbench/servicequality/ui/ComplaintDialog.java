package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.servicequality.Complaint;
import com.creditwb.workbench.servicequality.ComplaintFlow;
import com.creditwb.workbench.servicequality.ComplaintService;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Raises a complaint for a customer, or shows one: its record (editable while open by those who handle it), the times
 * of its steps with the overdue ones marked, and the next step with what it needs (the resolution, the customer's
 * feedback, the follow-up visit).
 */
class ComplaintDialog extends Dialog {

    final Select<ComplaintFlow.Category> category;
    final Select<ComplaintFlow.Severity> severity;
    final TextArea description = new TextArea();
    final ComboBox<String> assignee = new ComboBox<>();
    final TextArea stepText = new TextArea();
    final RadioButtonGroup<Boolean> satisfied = new RadioButtonGroup<>();
    final Div problems = new Div();
    final Button save = new Button();
    final Button step = new Button();

    ComplaintDialog(Long customerId, Complaint existing, ComplaintService complaints, UserService users, Runnable done) {
        setHeaderTitle(getTranslation(existing == null ? "complaint.new" : "complaint.title", existing == null ? "" : existing.getId()));
        setWidth("min(44em, 95vw)");
        boolean editable = existing == null || complaints.canEdit(existing);
        category = Labels.select(this, "complaint.field.category", ComplaintFlow.Category.class);
        category.setId("complaint-category");
        severity = Labels.select(this, "complaint.field.severity", ComplaintFlow.Severity.class);
        severity.setId("complaint-severity");
        description.setLabel(getTranslation("complaint.field.description"));
        description.setWidthFull();
        description.setId("complaint-description");
        assignee.setLabel(getTranslation("complaint.field.assignee"));
        assignee.setItems(users.enabledUsers().stream().map(UserService.UserSummary::username).toList());
        assignee.setItemLabelGenerator(users::displayName);
        assignee.setHelperText(existing == null ? getTranslation("complaint.field.assignee.help") : null);
        VerticalLayout body = new VerticalLayout(category, severity, description, assignee);
        body.setPadding(false);
        if (existing != null) {
            category.setValue(existing.getCategory());
            severity.setValue(existing.getSeverity());
            description.setValue(existing.getDescription());
            assignee.setValue(existing.getAssignee());
            Instant now = complaints.now();
            var l = getLocale();
            ZoneId zone = ZoneId.systemDefault();
            body.add(new Div(getTranslation("complaint.timeline.raised", existing.getCreatedBy(), Formats.dateTime(existing.getRaisedAt(), l, zone))));
            if (existing.getStartedAt() != null) {
                body.add(new Div(getTranslation("complaint.timeline.started", Formats.dateTime(existing.getStartedAt(), l, zone))));
            }
            if (complaints.responseOverdue(existing, now)) {
                body.add(warning("complaint.overdue.response"));
            }
            if (existing.getResolution() != null) {
                body.add(new Div(getTranslation("complaint.timeline.resolution", existing.getResolution())));
            }
            if (existing.getResolvedAt() != null) {
                body.add(new Div(getTranslation("complaint.timeline.resolved", Formats.dateTime(existing.getResolvedAt(), l, zone))));
            }
            if (complaints.resolutionOverdue(existing, now)) {
                body.add(warning("complaint.overdue.resolution"));
            }
            if (existing.getFeedbackAt() != null) {
                body.add(new Div(getTranslation(Boolean.TRUE.equals(existing.getFeedbackSatisfied()) ? "complaint.timeline.satisfied"
                        : "complaint.timeline.notSatisfied", Formats.dateTime(existing.getFeedbackAt(), l, zone),
                        existing.getFeedbackNote() == null ? "" : existing.getFeedbackNote())));
            }
            if (existing.getReopened() > 0) {
                body.add(warning("complaint.reopened", existing.getReopened()));
            }
            if (existing.getFollowUpAt() != null) {
                body.add(new Div(getTranslation("complaint.timeline.followUp", Formats.dateTime(existing.getFollowUpAt(), l, zone),
                        existing.getFollowUpNote())));
            }
            if (existing.getClosedAt() != null) {
                body.add(new Div(getTranslation("complaint.timeline.closed", Formats.dateTime(existing.getClosedAt(), l, zone))));
            }
            ComplaintFlow.Step next = ComplaintFlow.next(existing.getStatus());
            if (next != null && editable) {
                stepText.setLabel(getTranslation("complaint.stepText." + next.name()));
                stepText.setWidthFull();
                stepText.setId("complaint-step-text");
                stepText.setVisible(next != ComplaintFlow.Step.START && next != ComplaintFlow.Step.CLOSE);
                satisfied.setLabel(getTranslation("complaint.field.satisfied"));
                satisfied.setItems(true, false);
                satisfied.setItemLabelGenerator(b -> getTranslation(b ? "complaint.satisfied.yes" : "complaint.satisfied.no"));
                satisfied.setVisible(next == ComplaintFlow.Step.FEEDBACK);
                satisfied.setId("complaint-satisfied");
                body.add(satisfied, stepText);
                step.setText(Labels.of(this, next));
                step.setId("complaint-step");
                step.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                step.addClickListener(e -> run(() -> complaints.step(existing.getId(), existing.getVersion(), next, stepText.getValue(),
                        satisfied.getValue()), done));
                getFooter().add(step);
            }
        }
        for (var f : new com.vaadin.flow.component.HasValue<?, ?>[] {category, severity, description, assignee}) {
            f.setReadOnly(!editable);
        }
        problems.addClassName("wb-problems");
        problems.setId("complaint-problems");
        body.add(problems);
        add(body);
        save.setText(getTranslation(existing == null ? "complaint.raise" : "common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("complaint-save");
        save.setVisible(editable);
        save.addClickListener(e -> run(() -> {
            ComplaintService.Form form = new ComplaintService.Form(category.getValue(), severity.getValue(), description.getValue(), assignee.getValue());
            return existing == null ? complaints.raise(customerId, form) : complaints.update(existing.getId(), existing.getVersion(), form);
        }, done));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private Div warning(String key, Object... args) {
        Div d = new Div(getTranslation(key, args));
        d.addClassName("wb-warning-text");
        return d;
    }

    private void run(java.util.function.Supplier<Complaint> action, Runnable done) {
        problems.removeAll();
        try {
            action.get();
            Notify.success(getTranslation("complaint.saved"));
            close();
            done.run();
        } catch (ValidationException ex) {
            ex.getErrors().forEach(err -> problems.add(new Div(err.message())));
        } catch (ConcurrentEditException ex) {
            ConcurrentEditDialog.open(this, ex, () -> {
                close();
                done.run();
            });
        }
    }
}
