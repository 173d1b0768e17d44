package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.credit.receivable.AgingPreview;
import com.creditwb.workbench.credit.receivable.AgingTemplate;
import com.creditwb.workbench.credit.receivable.ReceivableImport;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * Finance imports an accounts-receivable aging list: the file is read and checked first (every problem
 * with its sheet and cell), then stored all or nothing, replacing the open items as of its date.
 */
@com.vaadin.flow.router.Menu(title = "nav.agingImport", order = 4.1, icon = "vaadin:file-table")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.statements")
@Route("receivables/import")
@RolesAllowed({Role.ADMIN_, Role.FINANCE_})
public class AgingImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient ReceivableService receivables;
    private final transient ProblemMessages problems;
    final DatePicker asOf = new DatePicker();
    final Upload upload;
    final Div outcome = new Div();
    final Button confirm = new Button();
    /** Whether the list is complete or covers only its customers: asked whenever it lacks customers the held list has. */
    final com.vaadin.flow.component.radiobutton.RadioButtonGroup<ReceivableService.Scope> scope =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
    final Grid<ReceivableImport> history = new Grid<>();
    AgingPreview preview;
    private byte[] lastFile;
    private String lastName;

    private final transient com.creditwb.workbench.security.UserService users;

    public AgingImportView(ReceivableService receivables, ProblemMessages problems, com.creditwb.workbench.security.UserService users) {
        this.users = users;
        this.receivables = receivables;
        this.problems = problems;
        addClassName("wb-page");
        asOf.setLabel(getTranslation("aging.asOf"));
        asOf.setHelperText(getTranslation("aging.asOf.help"));
        asOf.setId("aging-as-of");
        asOf.addValueChangeListener(e -> {
            if (lastFile != null) {
                received(lastName, lastFile);
            }
        });
        upload = ExcelFiles.upload(UI.getCurrent(), 1, this::received);
        upload.setId("aging-upload");
        HorizontalLayout templates = new HorizontalLayout(new Span(getTranslation("aging.template")),
                template(Locale.SIMPLIFIED_CHINESE), template(Locale.ENGLISH));
        templates.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        outcome.setId("aging-outcome");
        scope.setItems(ReceivableService.Scope.values());
        scope.setItemLabelGenerator(v -> getTranslation("aging.scope." + v.name()));
        scope.setId("aging-scope");
        scope.setVisible(false);
        scope.addValueChangeListener(e -> confirm.setEnabled(e.getValue() != null));
        confirm.setText(getTranslation("aging.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("aging-confirm");
        confirm.setVisible(false);
        confirm.addClickListener(e -> store());
        history.setId("aging-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(r -> Formats.date(r.getAsOf(), getLocale())).setHeader(getTranslation("aging.asOf")).setAutoWidth(true);
        history.addColumn(r -> r.isCurrent() ? getTranslation("aging.current") : "").setAutoWidth(true);
        history.addColumn(r -> Formats.integer(r.getItemCount(), getLocale())).setHeader(getTranslation("aging.items")).setAutoWidth(true);
        history.addColumn(r -> Formats.amount(r.getTotal(), getLocale())).setHeader(getTranslation("aging.total")).setAutoWidth(true);
        history.addColumn(ReceivableImport::getFileName).setHeader(getTranslation("statements.import.file")).setFlexGrow(2);
        history.addColumn(r -> users.displayName(r.getCreatedBy()) + " · " + Formats.dateTime(r.getCreatedAt(), getLocale()))
                .setHeader(getTranslation("aging.importedBy")).setFlexGrow(2);
        history.setAllRowsVisible(true);
        add(new H2(getTranslation("aging.title")), new Paragraph(getTranslation("aging.intro")), asOf, templates, upload, outcome,
                confirm, new H3(getTranslation("aging.history")), history);
        refreshHistory();
    }

    private Anchor template(Locale locale) {
        String lang = com.creditwb.workbench.common.i18n.Locales.language(locale);
        Anchor anchor = ExcelFiles.download(AgingTemplate.fileName(locale), () -> AgingTemplate.bytes(locale),
                getTranslation("statements.template." + lang));
        anchor.setId("aging-template-" + lang);
        return anchor;
    }

    void received(String fileName, byte[] bytes) {
        lastFile = bytes;
        lastName = fileName;
        preview = null;
        confirm.setVisible(false);
        outcome.removeAll();
        try {
            preview = receivables.preview(bytes, fileName, asOf.getValue());
            if (preview.storable()) {
                Paragraph ready = new Paragraph(getTranslation("aging.ready", fileName, Formats.date(preview.asOf(), getLocale()),
                        preview.items().size(), preview.customers(), Formats.amount(preview.total(), getLocale())));
                ready.setId("aging-ready");
                outcome.add(ready);
                if (preview.replacesAsOf()) {
                    outcome.add(new Paragraph(getTranslation("aging.replaces", Formats.date(preview.asOf(), getLocale()))));
                }
                scope.clear();
                scope.setVisible(preview.dropped().any());
                confirm.setEnabled(!preview.dropped().any());
                if (preview.dropped().any()) {
                    Paragraph dropped = new Paragraph(getTranslation("aging.dropped", Formats.date(preview.dropped().since(), getLocale()),
                            preview.dropped().customers(), Formats.amount(preview.dropped().open(), getLocale())));
                    dropped.setId("aging-dropped");
                    dropped.getStyle().set("color", "var(--lumo-error-text-color)");
                    outcome.add(dropped, scope);
                }
                confirm.setVisible(true);
            } else {
                showProblems(fileName, preview.problems());
            }
        } catch (ExcelException e) {
            showProblems(fileName, e.problems());
        } catch (RuntimeException e) {
            outcome.add(new Paragraph(getTranslation("error.unexpected.short")));
            org.slf4j.LoggerFactory.getLogger(AgingImportView.class).error("Aging import of {} failed", fileName, e);
        }
    }

    private void showProblems(String fileName, List<ExcelProblem> list) {
        Paragraph head = new Paragraph(getTranslation("aging.rejected", fileName, list.size()));
        head.setId("aging-rejected");
        Grid<ExcelProblem> grid = com.creditwb.workbench.common.ui.ExcelProblemsGrid.of(list, problems::message,
                "aging-problems");
        outcome.add(head, grid);
    }

    void store() {
        try {
            ReceivableImport stored = receivables.confirm(preview,
                    scope.getValue() == null ? ReceivableService.Scope.COMPLETE : scope.getValue());
            outcome.removeAll();
            Paragraph done = new Paragraph(getTranslation("aging.stored", Formats.date(stored.getAsOf(), getLocale()),
                    stored.getItemCount()));
            done.setId("aging-stored");
            outcome.add(done);
            confirm.setVisible(false);
            lastFile = null;
            refreshHistory();
            Notify.success(getTranslation("aging.stored", Formats.date(stored.getAsOf(), getLocale()), stored.getItemCount()));
        } catch (ImportRejectedException e) {
            showProblems(preview.fileName(), e.problems());
        }
    }

    private void refreshHistory() {
        history.setItems(receivables.history().reversed());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aging.title");
    }
}
