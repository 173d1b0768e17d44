package com.creditwb.workbench.statement.ui;

import com.creditwb.workbench.common.BackgroundWork;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.statement.ImportPreview;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.statement.MissingKeyLinesException;
import com.creditwb.workbench.statement.PeriodExistsException;
import com.creditwb.workbench.statement.importing.ImportDraft;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.statement.StatementService;
import com.creditwb.workbench.statement.StatementTemplate;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finance's statement import: one or many workbooks at once (one per customer and period), each
 * with its own result line; the customer is taken from the USCC or code in the workbook or chosen
 * here. A file that reads cleanly can be stored at once; any file can be reviewed in the preview
 * (map unrecognised labels, change unit or period) before it is confirmed. A bad file never stops
 * the others.
 */
@com.vaadin.flow.router.Menu(title = "nav.statementImport", order = 4.0, icon = "vaadin:upload")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.statements")
@Route("statements/import")
@RolesAllowed({Role.ADMIN_, Role.FINANCE_})
public class StatementImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StatementService statements;
    private final transient CustomerService customers;
    private final transient com.creditwb.workbench.customer.CustomerSearch customerSearch;
    private final transient ProblemMessages problems;
    final ComboBox<CustomerRecord> customer = new ComboBox<>();
    final Select<Long> unit;
    final DatePicker periodEnd = new DatePicker();
    final Checkbox audited = new Checkbox();
    final Upload upload;
    final Grid<ImportResult> results = new Grid<>();
    final Button storeReady = new Button();
    final ProgressBar progress = new ProgressBar();
    final List<ImportResult> files = new ArrayList<>();
    /** Batch storing runs on its own thread; view tests run it inline. */

    private final transient BackgroundWork work;

    public StatementImportView(StatementService statements, CustomerService customers, com.creditwb.workbench.customer.CustomerSearch customerSearch, ProblemMessages problems, BackgroundWork work) {
        this.work = work;
        this.statements = statements;
        this.customers = customers;
        this.customerSearch = customerSearch;
        this.problems = problems;
        addClassName("wb-page");
        add(new H2(getTranslation("statements.import.title")), new Paragraph(getTranslation("statements.import.intro")));

        com.creditwb.workbench.customer.ui.CustomerPicker.bind(customer, customerSearch);
        customer.setLabel(getTranslation("statements.import.customer"));
        customer.setHelperText(getTranslation("statements.import.customer.help"));
        customer.setId("import-customer");
        customer.setWidth("360px");
        unit = UnitSelect.create(this, true);
        periodEnd.setLabel(getTranslation("statements.periodEnd"));
        periodEnd.setHelperText(getTranslation("statements.periodEnd.help"));
        audited.setLabel(getTranslation("statements.audited"));
        HorizontalLayout options = new HorizontalLayout(customer, unit, periodEnd, audited);
        options.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        options.setWrap(true);

        upload = ExcelFiles.upload(UI.getCurrent(), 500, this::received);
        upload.setId("import-upload");

        HorizontalLayout templates = new HorizontalLayout(new Span(getTranslation("statements.template")),
                template(Locale.SIMPLIFIED_CHINESE), template(Locale.ENGLISH));
        templates.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        results.setId("import-results");
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        results.addColumn(r -> r.fileName).setHeader(getTranslation("statements.import.file")).setFlexGrow(2);
        results.addColumn(r -> r.customer == null ? "" : r.customer.code() + " " + r.customer.name())
                .setHeader(getTranslation("statements.import.customer")).setFlexGrow(2);
        results.addColumn(r -> r.preview == null || r.preview.draft().periodEnd() == null ? ""
                : Formats.date(r.preview.draft().periodEnd(), getLocale())).setHeader(getTranslation("statements.periodEnd"));
        results.addComponentColumn(this::status).setHeader(getTranslation("statements.import.status")).setFlexGrow(4);
        results.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        results.setAllRowsVisible(true);

        storeReady.setText(getTranslation("statements.import.storeReady"));
        storeReady.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        storeReady.setId("store-ready");
        storeReady.addClickListener(e -> storeAllReady());
        storeReady.setEnabled(false);
        progress.setVisible(false);
        progress.setWidth("240px");
        HorizontalLayout batch = new HorizontalLayout(storeReady, progress);
        batch.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(options, templates, upload, batch, results);
    }

    private Anchor template(Locale locale) {
        String lang = com.creditwb.workbench.common.i18n.Locales.language(locale);
        Anchor anchor = ExcelFiles.download(getTranslation("statements.template.fileName." + lang), () -> StatementTemplate.bytes(locale),
                getTranslation("statements.template." + lang));
        anchor.setId("template-" + locale.getLanguage());
        return anchor;
    }

    /** A file arrived (inside the UI lock): read it, find the customer, say where it stands. */
    void received(String fileName, byte[] bytes) {
        ImportResult result = new ImportResult(fileName);
        files.add(result);
        try {
            ImportPreview preview = statements.preview(bytes, fileName, unit.getValue(), periodEnd.getValue());
            result.preview = preview;
            result.customer = customer.getValue() != null ? customer.getValue() : statements.customerNamedIn(preview).orElse(null);
            assess(result);
        } catch (ExcelException e) {
            result.set(ImportResult.Status.FAILED, e.problems().stream().map(problems::withPlace).toList());
        } catch (RuntimeException e) {
            result.set(ImportResult.Status.FAILED, List.of(getTranslation("error.unexpected.short")));
            org.slf4j.LoggerFactory.getLogger(StatementImportView.class).error("Import of {} failed", fileName, e);
        }
        refresh();
    }

    void assess(ImportResult result) {
        ImportPreview p = result.preview;
        List<String> notes = new ArrayList<>(p.draft().problems().stream().map(problems::withPlace).toList());
        if (result.customer == null) {
            notes.add(0, getTranslation("statements.import.noCustomer"));
        }
        List<ImportDraft.MissingLine> missing = p.draft().missingExcept(p.withoutLines());
        if (!missing.isEmpty()) {
            notes.add(0, getTranslation("statements.import.missing",
                    String.join(getTranslation("common.listSeparator"), missing.stream().map(m -> getTranslation(m.item().messageKey())).toList())));
        }
        if (!p.draft().unrecognised().isEmpty()) {
            notes.add(getTranslation("statements.import.unrecognised", p.draft().unrecognised().size()));
        }
        boolean exists = result.customer != null && p.draft().periodEnd() != null
                && statements.isHeld(result.customer.id(), p.draft().periodEnd());
        if (result.customer == null || !p.storable()) {
            result.set(ImportResult.Status.NEEDS_REVIEW, notes);
        } else if (exists) {
            notes.add(0, getTranslation("statements.periodExists", Formats.date(p.draft().periodEnd(), getLocale())));
            result.set(ImportResult.Status.PERIOD_EXISTS, notes);
        } else {
            notes.add(0, getTranslation("statements.import.ready", p.draft().recognised().size(),
                    p.draft().hasPrior() ? 2 : 1));
            result.set(ImportResult.Status.READY, notes);
        }
    }

    private VerticalLayout status(ImportResult r) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        Span badge = new Span(getTranslation("statements.import.status." + r.status));
        badge.getElement().getThemeList().add("badge " + switch (r.status) {
            case READY -> "";
            case STORED -> "success";
            case FAILED -> "error";
            case NEEDS_REVIEW, PERIOD_EXISTS -> "contrast";
        });
        badge.addClassName("wb-status");
        box.add(badge);
        r.messages.forEach(m -> box.add(new Span(m)));
        return box;
    }

    private HorizontalLayout actions(ImportResult r) {
        HorizontalLayout actions = new HorizontalLayout();
        if (r.preview != null && r.status != ImportResult.Status.STORED) {
            Button review = new Button(getTranslation("statements.import.review"), VaadinIcon.SEARCH.create(),
                    e -> new ImportPreviewDialog(r, statements, customerSearch, problems, audited.getValue(), () -> {
                        assessIfOpen(r);
                        refresh();
                    }).open());
            review.setId("review-" + files.indexOf(r));
            actions.add(review);
        }
        return actions;
    }

    private void assessIfOpen(ImportResult r) {
        if (r.status != ImportResult.Status.STORED && r.preview != null) {
            assess(r);
        }
    }

    /**
     * Stores every file that is ready, one transaction each, in the background: the progress bar
     * moves as files are stored (server push) and a failure marks that file only.
     */
    void storeAllReady() {
        List<ImportResult> ready = files.stream().filter(r -> r.status == ImportResult.Status.READY).toList();
        if (ready.isEmpty()) {
            return;
        }
        storeReady.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(ready.size());
        progress.setValue(0);
        boolean asAudited = audited.getValue();
        UI ui = UI.getCurrent();
        work.submit("statement-batch", batch -> {
            batch.total(ready.size());
            int done = 0;
            for (ImportResult r : ready) {
                Runnable outcome = store(r, asAudited);
                int count = ++done;
                batch.step(count);
                inUi(ui, () -> {
                    outcome.run();
                    progress.setValue(count);
                    results.getDataProvider().refreshItem(r);
                });
            }
            int total = done;
            inUi(ui, () -> {
                refresh();
                progress.setVisible(false);
                Notify.success(getTranslation("statements.import.storedCount", total));
            });
        });
    }

    private void inUi(UI ui, Runnable change) {
        if (!work.onCaller()) {
            ui.access(change::run);
        } else {
            change.run();
        }
    }

    /** Stores one file (no UI access here: this runs on the batch thread); returns how to show the outcome. */
    private Runnable store(ImportResult r, boolean asAudited) {
        try {
            statements.confirm(r.customer.id(), r.preview, false, asAudited);
            return () -> r.set(ImportResult.Status.STORED, List.of(getTranslation("statements.import.stored")));
        } catch (PeriodExistsException e) {
            return () -> r.set(ImportResult.Status.PERIOD_EXISTS, List.of(getTranslation("statements.periodExists",
                    Formats.date(e.periodEnd(), getLocale()))));
        } catch (ImportRejectedException e) {
            return () -> r.set(ImportResult.Status.NEEDS_REVIEW, e.problems().stream().map(problems::withPlace).toList());
        } catch (MissingKeyLinesException e) {
            return () -> assess(r);
        } catch (NotFoundException e) {
            return () -> r.set(ImportResult.Status.FAILED, List.of(getTranslation("statements.import.noCustomer")));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(StatementImportView.class).error("Storing {} failed", r.fileName, e);
            return () -> r.set(ImportResult.Status.FAILED, List.of(getTranslation("error.unexpected.short")));
        }
    }

    void refresh() {
        results.setItems(files);
        storeReady.setEnabled(files.stream().anyMatch(r -> r.status == ImportResult.Status.READY));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("customer").ifPresent(code -> {
            try {
                customer.setValue(customers.recordByIdOrCode(code));
            } catch (NotFoundException e) {
                Notify.error(getTranslation("customers.notFound"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statements.import.title");
    }
}
