package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.BoundedUpload;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.EntityBinder;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.Attachment;
import com.creditwb.workbench.customer.CreditFile;
import com.creditwb.workbench.customer.CreditFileService;
import com.creditwb.workbench.customer.CreditInvestigation;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.domain.InvestigationSource;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.Map;

/** The credit file (credit data and other information) and the credit investigations with their files. */
class CreditFilePanel extends VerticalLayout {

    final Problems problems = new Problems();

    private final Customer customer;
    private final transient CreditFileService service;
    private CreditFile file;
    final EntityBinder<CreditFile> binder = new EntityBinder<>(CreditFile.class);
    final Grid<CreditInvestigation> investigations = new Grid<>(CreditInvestigation.class, false);
    private final boolean editable;

    CreditFilePanel(Customer customer, CreditFileService service) {
        this(customer, service, java.util.List.of());
    }

    CreditFilePanel(Customer customer, CreditFileService service, java.util.List<CreditFileSection> sections) {
        this.customer = customer;
        this.service = service;
        this.editable = service.canEdit();
        setPadding(false);

        FormLayout form = new FormLayout();
        form.add(area("bankRelations", "creditFile.bankRelations"), area("paymentRecord", "creditFile.paymentRecord"),
                area("creditElsewhere", "creditFile.creditElsewhere"), area("guarantees", "creditFile.guarantees"),
                area("otherInformation", "creditFile.otherInformation"), level("bankRelationsLevel", "creditFile.bankRelationsLevel"),
                level("paymentRecordLevel", "creditFile.paymentRecordLevel"));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        binder.setReadOnly(!editable);
        load();
        add(new H3(getTranslation("creditFile.title")), form, problems);
        if (editable) {
            Button save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> saveFile());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-credit-file");
            add(save);
        }

        investigations.addColumn(i -> Formats.date(i.getInvestigatedOn(), getLocale()))
                .setHeader(getTranslation("investigation.date")).setAutoWidth(true).setFlexGrow(0);
        investigations.addColumn(i -> Labels.of(this, i.getSource())).setHeader(getTranslation("investigation.source")).setAutoWidth(true);
        investigations.addColumn(CreditInvestigation::getFindings).setHeader(getTranslation("investigation.findings")).setFlexGrow(1);
        investigations.addComponentColumn(this::attachments).setHeader(getTranslation("investigation.attachments")).setAutoWidth(true);
        if (editable) {
            investigations.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        }
        investigations.setAllRowsVisible(true);
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("investigation.title")));
        if (editable) {
            Button add = new Button(getTranslation("investigation.new"), VaadinIcon.PLUS.create(),
                    e -> edit(service.newInvestigation(customer.getId())));
            add.setId("new-investigation");
            header.add(add);
        }
        header.setAlignItems(Alignment.BASELINE);
        add(header, investigations);
        com.creditwb.workbench.customer.CustomerRecord record = com.creditwb.workbench.customer.CustomerRecord.of(customer, false);
        sections.forEach(section -> section.create(record).ifPresent(this::add));
        refreshInvestigations();
    }

    private TextArea area(String property, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMaxLength(CreditFile.TEXT_MAX);
        area.setMinRows(3);
        binder.bindProperty(area, property);
        return area;
    }

    private Select<Integer> level(String property, String labelKey) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(1, 2, 3, 4, 5);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("creditFile.level.none"));
        select.setItemLabelGenerator(l -> l == null ? getTranslation("creditFile.level.none") : getTranslation("creditFile.level." + l));
        select.setId(property);
        binder.bindProperty(select, property);
        return select;
    }

    private void load() {
        file = service.creditFile(customer.getId());
        binder.readBean(file);
    }

    void saveFile() {
        problems.clear();
        if (!binder.writeBeanIfValid(file)) {
            return;
        }
        try {
            file = service.save(file);
            binder.readBean(file);
            Notify.success(getTranslation("common.saved"));
        } catch (ValidationException e) {
            problems.show(e);
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, this::load);
        }
    }

    private void refreshInvestigations() {
        investigations.setItems(service.investigations(customer.getId()));
    }

    private Component attachments(CreditInvestigation investigation) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        boolean download = service.canDownload(customer);
        for (Attachment attachment : investigation.getAttachments()) {
            String label = attachment.getFileName() + " (" + Formats.integer(Math.max(1, attachment.getSizeBytes() / 1024), getLocale()) + " KB)";
            if (download) {
                Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                    var d = service.download(attachment.getId());
                    return new DownloadResponse(d.content(), d.fileName(), d.contentType(), d.size());
                }), label);
                list.add(link);
            } else {
                list.add(new Span(label));
            }
        }
        return list;
    }

    private Component actions(CreditInvestigation investigation) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(investigation));
        edit.setAriaLabel(getTranslation("common.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("investigation.delete"),
                    getTranslation("investigation.delete.confirm"), getTranslation("common.delete"), ev -> {
                        service.delete(investigation);
                        refreshInvestigations();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.setAriaLabel(getTranslation("common.delete"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    void edit(CreditInvestigation investigation) {
        Dialog dialog = new Dialog(getTranslation(investigation.isNew() ? "investigation.new" : "investigation.edit"));
        dialog.setWidth("min(50em, 95vw)");
        Select<InvestigationSource> source = Labels.select(this, "investigation.source", InvestigationSource.class);
        DatePicker date = new DatePicker(getTranslation("investigation.date"));
        date.setLocale(getLocale());
        TextArea findings = new TextArea(getTranslation("investigation.findings"));
        findings.setMaxLength(CreditFile.TEXT_MAX);
        findings.setMinRows(4);
        EntityBinder<CreditInvestigation> form = new EntityBinder<>(CreditInvestigation.class);
        form.bindProperty(source, "source");
        form.bindProperty(date, "investigatedOn");
        form.bindProperty(findings, "findings");
        form.readBean(investigation);
        FormLayout layout = new FormLayout(source, date, findings);
        layout.setColspan(findings, 2);
        Problems dialogProblems = new Problems();
        dialog.add(layout, dialogProblems);
        if (!investigation.isNew()) {
            dialog.add(new Span(getTranslation("investigation.upload.hint", service.maxAttachmentBytes() / (1024 * 1024))));
            Upload upload = BoundedUpload.create(UI.getCurrent(), service.maxAttachmentBytes(), (name, bytes) -> {
                try {
                    service.attach(investigation.getId(), name, bytes);
                    Notify.success(getTranslation("attachment.saved", name));
                    refreshInvestigations();
                } catch (ValidationException ex) {
                    dialogProblems.show(ex);
                }
            }, () -> Notify.error(getTranslation("attachment.error.tooLarge", "", service.maxAttachmentBytes() / (1024 * 1024))));
            upload.setAcceptedFileTypes(com.creditwb.workbench.common.files.UploadChecks.EXTENSIONS);
            dialog.add(upload);
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            dialogProblems.clear();
            if (!form.writeBeanIfValid(investigation)) {
                return;
            }
            try {
                service.save(investigation);
                refreshInvestigations();
                dialog.close();
                Notify.success(getTranslation("common.saved"));
            } catch (ValidationException ex) {
                dialogProblems.show(ex, Map.of("source", source, "investigatedOn", date, "findings", findings));
            } catch (ConcurrentEditException ex) {
                dialog.close();
                ConcurrentEditDialog.open(this, ex, this::refreshInvestigations);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-investigation");
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()), save);
        dialog.open();
    }
}
