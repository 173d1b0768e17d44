package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.ListExport;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.ImportPanel;
import com.creditwb.workbench.credit.receivable.AgingPreview;
import com.creditwb.workbench.credit.receivable.AgingTemplate;
import com.creditwb.workbench.credit.receivable.ReceivableImport;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.button.Button;
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
    final DatePicker asOf = new DatePicker();
    final ImportPanel<AgingPreview> panel;
    final Div outcome;
    final Button confirm;
    /** Whether the list is complete or covers only its customers: asked whenever it lacks customers the held list has. */
    final com.vaadin.flow.component.radiobutton.RadioButtonGroup<ReceivableService.Scope> scope =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
    final Grid<ReceivableImport> history = new Grid<>();

    private final transient com.creditwb.workbench.security.UserService users;

    public AgingImportView(ReceivableService receivables, ProblemMessages problems, com.creditwb.workbench.security.UserService users) {
        this.users = users;
        this.receivables = receivables;
        addClassName("wb-page");
        asOf.setLabel(getTranslation("aging.asOf"));
        asOf.setHelperText(getTranslation("aging.asOf.help"));
        asOf.setId("aging-as-of");
        panel = new ImportPanel<>("aging", new Steps(), problems, "aging.rejected", "aging.confirm", this::refreshHistory);
        outcome = panel.outcome;
        confirm = panel.confirm;
        asOf.addValueChangeListener(e -> panel.reread());
        HorizontalLayout templates = new HorizontalLayout(new Span(getTranslation("aging.template")),
                template(Locale.SIMPLIFIED_CHINESE), template(Locale.ENGLISH));
        templates.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        scope.setItems(ReceivableService.Scope.values());
        scope.setItemLabelGenerator(v -> getTranslation("aging.scope." + v.name()));
        scope.setId("aging-scope");
        scope.addValueChangeListener(e -> panel.refreshConfirm());
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
        add(new H2(getTranslation("aging.title")), new Paragraph(getTranslation("aging.intro")), asOf, templates, panel,
                new H3(getTranslation("aging.history")), history);
        refreshHistory();
    }

    /** The aging list's steps: read with the as-of date chosen, say what it replaces and who drops out, store with the scope. */
    static final int DROPPED_SHOWN = 10;

    private final class Steps implements ImportPanel.Steps<AgingPreview> {

        @Override
        public com.creditwb.workbench.common.excel.ExcelLimits limits() {
            return com.creditwb.workbench.common.excel.ExcelLimits.AGING;
        }


        @Override
        public AgingPreview preview(String fileName, byte[] bytes) {
            return receivables.preview(bytes, fileName, asOf.getValue());
        }

        @Override
        public List<ExcelProblem> problems(AgingPreview preview) {
            return preview.problems();
        }

        @Override
        public List<com.vaadin.flow.component.Component> describe(AgingPreview preview) {
            List<com.vaadin.flow.component.Component> said = new java.util.ArrayList<>(List.of(new Paragraph(getTranslation("aging.ready",
                    preview.fileName(), Formats.date(preview.asOf(), getLocale()), preview.items().size(), preview.customers(),
                    Formats.amount(preview.total(), getLocale())))));
            if (preview.replacesAsOf()) {
                said.add(new Paragraph(getTranslation("aging.replaces", Formats.date(preview.asOf(), getLocale()))));
            }
            scope.clear();
            if (preview.dropped().any()) {
                Paragraph dropped = new Paragraph(getTranslation("aging.dropped", Formats.date(preview.dropped().since(), getLocale()),
                        preview.dropped().customers(), Formats.amount(preview.dropped().open(), getLocale())));
                dropped.setId("aging-dropped");
                dropped.getStyle().set("color", "var(--lumo-error-text-color)");
                said.add(dropped);
                said.add(droppedList(preview.dropped()));
                said.add(scope);
            }
            return said;
        }

        @Override
        public boolean ready(AgingPreview preview) {
            return !preview.dropped().any() || scope.getValue() != null;
        }

        @Override
        public String store(AgingPreview preview) {
            ReceivableImport stored = receivables.confirm(preview, scope.getValue() == null ? ReceivableService.Scope.COMPLETE : scope.getValue());
            return getTranslation("aging.stored", Formats.date(stored.getAsOf(), getLocale()), stored.getItemCount());
        }
    }

    /** The first customers the list lacks (largest open first) and, when there are more, all of them as a download. */
    private com.vaadin.flow.component.Component droppedList(AgingPreview.Dropped dropped) {
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.setId("aging-dropped-list");
        for (AgingPreview.DroppedCustomer c : dropped.first(DROPPED_SHOWN)) {
            list.add(new com.vaadin.flow.component.html.ListItem(getTranslation("aging.droppedCustomer", c.code(), c.name(),
                    Formats.amount(c.open(), getLocale()))));
        }
        com.vaadin.flow.component.html.Anchor all = ExcelFiles.stream("aging-dropped.xlsx", out -> writeDropped(dropped, out),
                getTranslation("aging.droppedAll", dropped.customers()));
        all.setId("aging-dropped-all");
        return new com.vaadin.flow.component.html.Div(list, all);
    }

    /** Every customer the list lacks, with its open exposure in the list held now. */
    void writeDropped(AgingPreview.Dropped dropped, java.io.OutputStream out) {
        List<ListExport.Column<AgingPreview.DroppedCustomer>> columns = List.of(
                new ListExport.Column<>(getTranslation("customer.code"), ListExport.Kind.TEXT, AgingPreview.DroppedCustomer::code),
                new ListExport.Column<>(getTranslation("customer.name"), ListExport.Kind.TEXT, AgingPreview.DroppedCustomer::name),
                new ListExport.Column<>(getTranslation("aging.droppedOpen", Formats.date(dropped.since(), getLocale())), ListExport.Kind.AMOUNT,
                        AgingPreview.DroppedCustomer::open));
        ListExport.write(getTranslation("aging.droppedTitle", Formats.date(dropped.since(), getLocale())), columns, dropped.list().iterator(),
                null, out);
    }

    /** The preview shown, or null. */
    AgingPreview preview() {
        return panel.preview();
    }

    void received(String fileName, byte[] bytes) {
        panel.received(fileName, bytes);
    }

    private Anchor template(Locale locale) {
        String lang = com.creditwb.workbench.common.i18n.Locales.language(locale);
        Anchor anchor = ExcelFiles.download(AgingTemplate.fileName(locale), () -> AgingTemplate.bytes(locale),
                getTranslation("statements.template." + lang));
        anchor.setId("aging-template-" + lang);
        return anchor;
    }

    private void refreshHistory() {
        history.setItems(receivables.history().reversed());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aging.title");
    }
}
