package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.files.UploadChecks;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.BoundedUpload;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.security.UserService;
import com.creditwb.workbench.servicequality.Complaint;
import com.creditwb.workbench.servicequality.ComplaintAttachment;
import com.creditwb.workbench.servicequality.ComplaintService;
import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
    final Problems problems = new Problems();
    final Button save = new Button();
    final Button step = new Button();
    final VerticalLayout files = new VerticalLayout();
    /** Files chosen before the complaint is raised; stored with it. */
    final List<ComplaintService.NewFile> pending = new ArrayList<>();
    private final ComplaintService complaints;
    private final Complaint existing;

    ComplaintDialog(Long customerId, Complaint existing, ComplaintService complaints, UserService users, Runnable done) {
        setHeaderTitle(getTranslation(existing == null ? "complaint.new" : "complaint.title", existing == null ? "" : existing.getId()));
        setWidth("min(44em, 95vw)");
        boolean editable = existing == null || complaints.canEdit(existing);
        this.complaints = complaints;
        this.existing = existing;
        category = Labels.select(this, "complaint.field.category", ComplaintFlow.Category.class);
        category.setId("complaint-category");
        severity = Labels.select(this, "complaint.field.severity", ComplaintFlow.Severity.class);
        severity.setId("complaint-severity");
        description.setLabel(getTranslation("complaint.field.description"));
        description.setWidthFull();
        description.setId("complaint-description");
        assignee.setLabel(getTranslation("complaint.field.assignee"));
        com.creditwb.workbench.security.ui.UserPicker.bind(assignee, users.enabledUsers());
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
            ZoneId zone = Formats.zone();
            body.add(new Div(getTranslation("complaint.timeline.raised", existing.getCreatedBy() == null ? "" : users.displayName(existing.getCreatedBy()), Formats.dateTime(existing.getRaisedAt(), l, zone))));
            if (existing.getStartedAt() != null) {
                body.add(new Div(getTranslation("complaint.timeline.started", Formats.dateTime(existing.getStartedAt(), l, zone))));
            }
            if (complaints.responseOverdue(existing, now)) {
                body.add(warning("complaint.overdue.response"));
            }
            if (existing.getResolution() != null && existing.draft(ComplaintFlow.Step.RESOLVE) == null) {
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
                stepText.setValue(existing.draft(next) == null ? "" : existing.draft(next));
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
        body.add(filesSection(editable));
        problems.setId("complaint-problems");
        body.add(problems);
        add(body);
        save.setText(getTranslation(existing == null ? "complaint.raise" : "common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("complaint-save");
        save.setVisible(editable);
        save.addClickListener(e -> run(() -> {
            ComplaintService.Form form = new ComplaintService.Form(category.getValue(), severity.getValue(), description.getValue(), assignee.getValue());
            return existing == null ? complaints.raise(customerId, form, List.copyOf(pending))
                    : complaints.update(existing.getId(), existing.getVersion(), form, stepText.isVisible() ? stepText.getValue() : null);
        }, done));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** The complaint's files (download, remove while open) and an upload: attached at once, or kept until it is raised. */
    private VerticalLayout filesSection(boolean editable) {
        VerticalLayout section = new VerticalLayout(new H4(getTranslation("complaint.attachments")), files);
        section.setPadding(false);
        section.setSpacing(false);
        files.setPadding(false);
        files.setSpacing(false);
        files.setId("complaint-files");
        refreshFiles();
        if (editable) {
            long max = complaints.maxAttachmentBytes();
            section.add(new Span(getTranslation(existing == null ? "complaint.attachments.hint.new" : "complaint.attachments.hint", max / (1024 * 1024))));
            Upload upload = BoundedUpload.create(UI.getCurrent(), max, this::received,
                    () -> Notify.error(getTranslation("attachment.error.tooLarge", "", max / (1024 * 1024))));
            upload.setAcceptedFileTypes(UploadChecks.EXTENSIONS);
            upload.setId("complaint-upload");
            section.add(upload);
        }
        return section;
    }

    void received(String name, byte[] bytes) {
        problems.clear();
        try {
            if (existing == null) {
                pending.add(new ComplaintService.NewFile(name, bytes));
            } else {
                complaints.attach(existing.getId(), name, bytes);
                Notify.success(getTranslation("attachment.saved", name));
            }
            refreshFiles();
        } catch (ValidationException ex) {
            problems.show(ex);
        }
    }

    private void refreshFiles() {
        files.removeAll();
        if (existing == null) {
            for (ComplaintService.NewFile f : List.copyOf(pending)) {
                Button remove = removeButton(() -> {
                    pending.remove(f);
                    refreshFiles();
                });
                files.add(new HorizontalLayout(new Span(getTranslation("complaint.attachments.pending", UploadChecks.safeName(f.name()))), remove));
            }
        } else {
            boolean editable = complaints.canEdit(existing);
            for (ComplaintAttachment a : complaints.attachments(existing.getId())) {
                String label = a.getFileName() + " (" + Formats.integer(Math.max(1, a.getSizeBytes() / 1024), getLocale()) + " KB)";
                Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                    var d = complaints.download(existing.getId(), a.getId());
                    return new DownloadResponse(d.content(), d.fileName(), d.contentType(), d.size());
                }), label);
                HorizontalLayout row = new HorizontalLayout(link);
                if (editable) {
                    row.add(removeButton(() -> {
                        complaints.deleteAttachment(existing.getId(), a.getId());
                        refreshFiles();
                    }));
                }
                files.add(row);
            }
        }
        if (files.getComponentCount() == 0) {
            files.add(new Span(getTranslation("complaint.attachments.none")));
        }
    }

    private Button removeButton(Runnable action) {
        Button b = new Button(getTranslation("complaint.attachments.remove"), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return b;
    }

    private Div warning(String key, Object... args) {
        Div d = new Div(getTranslation(key, args));
        d.addClassName("wb-warning-text");
        return d;
    }

    private void run(java.util.function.Supplier<Complaint> action, Runnable done) {
        problems.clear();
        try {
            action.get();
            Notify.success(getTranslation("complaint.saved"));
            close();
            done.run();
        } catch (ValidationException ex) {
            problems.show(ex);
        } catch (ConcurrentEditException ex) {
            ConcurrentEditDialog.open(this, ex, () -> {
                close();
                done.run();
            });
        }
    }
}
