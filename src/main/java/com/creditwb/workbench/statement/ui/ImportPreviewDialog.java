package com.creditwb.workbench.statement.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.statement.ImportPreview;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.MissingKeyLinesException;
import com.creditwb.workbench.statement.PeriodExistsException;
import com.creditwb.workbench.statement.importing.ImportDraft;
import com.creditwb.workbench.common.excel.CellReader;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.HashSet;
import java.util.Set;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.statement.domain.StatementChecks.Check;
import com.creditwb.workbench.statement.StatementService;
import com.creditwb.workbench.statement.importing.ParsedLine;
import com.creditwb.workbench.statement.importing.ParsedSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The preview of one workbook before anything is stored: each recognised line with its item and
 * both periods, the lines not recognised (with their cell, mappable to an item — remembered for later
 * imports), the checks with the cell of any that fails, unit and period end. Confirm stores the
 * whole set in one transaction, or nothing; a period already held asks replace or cancel.
 */
class ImportPreviewDialog extends Dialog {

    private final ImportResult result;
    private final transient StatementService statements;
    private final transient ProblemMessages problems;
    private final Runnable done;
    private final boolean audited;
    final ComboBox<CustomerRecord> customer = new ComboBox<>();
    final DatePicker periodEnd = new DatePicker();
    final Select<Long> unit;
    final Div problemList = new Div();
    final Div missingList = new Div();
    final TabSheet tabs = new TabSheet();
    final Button confirm = new Button();
    Grid<ParsedLine> unrecognised;

    ImportPreviewDialog(ImportResult result, StatementService statements, com.creditwb.workbench.customer.CustomerSearch customers, ProblemMessages problems,
            boolean audited, Runnable done) {
        this.result = result;
        this.statements = statements;
        this.problems = problems;
        this.audited = audited;
        this.done = done;
        setHeaderTitle(getTranslation("statements.preview.title", result.fileName));
        setWidth("1100px");
        setMaxWidth("100vw");
        com.creditwb.workbench.customer.ui.CustomerPicker.bind(customer, customers);
        customer.setLabel(getTranslation("statements.import.customer"));
        customer.setValue(result.customer);
        customer.setWidth("320px");
        customer.setId("preview-customer");
        periodEnd.setLabel(getTranslation("statements.periodEnd"));
        periodEnd.setValue(result.preview.draft().periodEnd());
        periodEnd.setId("preview-period");
        unit = UnitSelect.create(this, true);
        unit.setValue(result.preview.unit());
        unit.setHelperText(sheetsUnits(result.preview));
        unit.setId("preview-unit");
        HorizontalLayout head = new HorizontalLayout(customer, periodEnd, unit);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        problemList.setId("preview-problems");
        problemList.addClassName("wb-problems");
        missingList.setId("preview-missing");
        missingList.addClassName("wb-problems");
        tabs.setWidthFull();
        add(new VerticalLayout(head, missingList, problemList, tabs));
        customer.addValueChangeListener(e -> {
            result.customer = e.getValue();
            show();
        });
        periodEnd.addValueChangeListener(e -> revise(Map.of()));
        unit.addValueChangeListener(e -> revise(Map.of()));
        confirm.setText(getTranslation("statements.preview.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("preview-confirm");
        confirm.addClickListener(e -> confirm(false));
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("preview-cancel");
        getFooter().add(cancel, confirm);
        show();
    }

    private String sheetsUnits(ImportPreview preview) {
        List<String> parts = new ArrayList<>();
        for (ParsedSheet s : preview.parsed().sheets()) {
            parts.add(s.name() + ": " + getTranslation("statements.unit." + s.unitFactor())
                    + (s.unitFound() ? "" : " (" + getTranslation("statements.unit.assumed") + ")"));
        }
        return String.join(" · ", parts);
    }

    void revise(Map<String, LineItem> mapping) {
        result.preview = statements.revise(result.preview, mapping, unit.getValue(), periodEnd.getValue());
        show();
    }

    void show() {
        ImportPreview p = result.preview;
        showMissing(p);
        problemList.removeAll();
        p.draft().problems().forEach(x -> problemList.add(new Div(problems.withPlace(x))));
        if (result.customer == null) {
            problemList.add(new Div(getTranslation("statements.import.noCustomer")));
        }
        confirm.setEnabled(p.storable() && result.customer != null);
        int selected = Math.max(0, tabs.getSelectedIndex());
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add(getTranslation("statements.preview.recognised", p.draft().recognised().size()), recognised(p));
        tabs.add(getTranslation("statements.preview.unrecognised", p.draft().unrecognised().size()), unrecognised(p));
        tabs.add(getTranslation("statements.preview.checks", p.draft().currentChecks().size() + p.draft().priorChecks().size()),
                checks(p));
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
    }

    /**
     * The key lines the workbook lacks, at the top: for each, the unrecognised lines that could be it
     * (one click reads that line as the key line) and a "store without" box; storing waits until each
     * is mapped or ticked.
     */
    private void showMissing(ImportPreview p) {
        missingList.removeAll();
        for (ImportDraft.MissingLine m : p.draft().missing()) {
            String item = getTranslation(m.item().messageKey());
            Div row = new Div();
            row.addClassName("wb-missing-line");
            Div title = new Div(getTranslation("statements.missing.title", item, getTranslation(m.item().statement().messageKey())));
            title.addClassName("wb-missing-title");
            row.add(title);
            if (m.candidates().isEmpty()) {
                row.add(new Div(getTranslation("statements.missing.noCandidate")));
            }
            for (ParsedLine candidate : m.candidates()) {
                Button use = new Button(getTranslation("statements.missing.use", candidate.label(), candidate.place(), item), e -> {
                    revise(Map.of(candidate.label(), m.item()));
                    Notify.success(getTranslation("statements.preview.mapped", candidate.label(), item));
                });
                use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                use.addClassName("wb-missing-candidate");
                row.add(use);
            }
            Checkbox without = new Checkbox(getTranslation("statements.missing.without", item));
            without.setValue(p.withoutLines().contains(m.item()));
            without.addClassName("wb-missing-without");
            without.setId("without-" + m.item().name());
            without.addValueChangeListener(e -> {
                Set<LineItem> lines = new HashSet<>(result.preview.withoutLines());
                if (e.getValue()) {
                    lines.add(m.item());
                } else {
                    lines.remove(m.item());
                }
                result.preview = result.preview.without(lines);
                show();
            });
            row.add(without);
            missingList.add(row);
        }
        missingList.setVisible(!p.draft().missing().isEmpty());
    }

    private Grid<ParsedLine> recognised(ImportPreview p) {
        Grid<ParsedLine> grid = lines(p.draft().recognised(), p);
        grid.setId("preview-recognised");
        grid.addColumn(l -> getTranslation(l.item().messageKey())).setHeader(getTranslation("statements.lineItem")).setFlexGrow(2);
        return grid;
    }

    private Grid<ParsedLine> unrecognised(ImportPreview p) {
        unrecognised = lines(p.draft().unrecognised(), p);
        unrecognised.setId("preview-unrecognised");
        unrecognised.addComponentColumn(l -> {
            ComboBox<LineItem> map = new ComboBox<>();
            map.setPlaceholder(getTranslation("statements.preview.mapTo"));
            map.setItems(Arrays.asList(LineItem.values()));
            map.setItemLabelGenerator(i -> getTranslation(i.statement().messageKey()) + " · " + getTranslation(i.messageKey()));
            map.setWidthFull();
            map.addClassName("wb-map-item");
            map.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    revise(Map.of(l.label(), e.getValue()));
                    Notify.success(getTranslation("statements.preview.mapped", l.label(), getTranslation(e.getValue().messageKey())));
                }
            });
            return map;
        }).setHeader(getTranslation("statements.preview.mapTo")).setFlexGrow(2);
        return unrecognised;
    }

    private Grid<ParsedLine> lines(List<ParsedLine> rows, ImportPreview p) {
        Grid<ParsedLine> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(l -> l.sheet() + "!" + l.labelCell()).setHeader(getTranslation("statements.preview.cell")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ParsedLine::label).setHeader(getTranslation("statements.preview.label")).setFlexGrow(2);
        grid.addComponentColumn(l -> amount(l, l.current(), l.currentWritten(), p)).setHeader(period(p.draft().periodEnd()))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (p.draft().hasPrior()) {
            grid.addComponentColumn(l -> amount(l, l.prior(), l.priorWritten(), p)).setHeader(period(p.draft().priorPeriodEnd()))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.setItems(rows);
        grid.setHeight("360px");
        return grid;
    }

    private String period(LocalDate date) {
        return date == null ? getTranslation("statements.preview.noPeriod")
                : getTranslation("statements.preview.amountsAt", Formats.date(date, getLocale()));
    }

    /** The amount in 元; a dash as written (read as zero); a number converted from text marked as such. */
    private Span amount(ParsedLine l, BigDecimal value, CellReader.Written written, ImportPreview p) {
        Span cell = new Span();
        if (written == CellReader.Written.DASH) {
            cell.setText("—");
            cell.setTitle(getTranslation("statements.preview.dash"));
            cell.addClassName("wb-dash");
            return cell;
        }
        cell.setText(yuan(l, value, p));
        if (written == CellReader.Written.TEXT) {
            Span mark = new Span(getTranslation("statements.preview.fromText"));
            mark.getElement().getThemeList().add("badge small contrast");
            mark.addClassName("wb-from-text");
            mark.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
            cell.add(mark);
            cell.setTitle(getTranslation("statements.preview.fromTextHint"));
        }
        return cell;
    }

    private String yuan(ParsedLine l, BigDecimal amount, ImportPreview p) {
        if (amount == null) {
            return "";
        }
        long factor = p.unit() != null ? p.unit() : l.unitFactor();
        return Formats.amount(amount.multiply(BigDecimal.valueOf(factor)), getLocale());
    }

    private Grid<Object[]> checks(ImportPreview p) {
        Grid<Object[]> grid = new Grid<>();
        grid.setId("preview-checks");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r[0]).setHeader(getTranslation("statements.periodEnd")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r[2] == null ? "" : r[2]).setHeader(getTranslation("statements.preview.cell")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> checkLabel((Check) r[1])).setHeader(getTranslation("statements.lineItem")).setFlexGrow(3);
        grid.addColumn(r -> Formats.amount(((Check) r[1]).stated(), getLocale())).setHeader(getTranslation("statements.preview.stated"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.amount(((Check) r[1]).expected(), getLocale()))
                .setHeader(getTranslation("statements.preview.expected")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> getTranslation(((Check) r[1]).passed() ? "statements.preview.passed" : "statements.preview.failed"))
                .setHeader(getTranslation("statements.preview.result"));
        List<Object[]> rows = new ArrayList<>();
        p.draft().currentChecks().forEach(c -> rows.add(new Object[] {Formats.date(p.draft().periodEnd(), getLocale()), c,
                p.draft().currentCells().get(c.item())}));
        p.draft().priorChecks().forEach(c -> rows.add(new Object[] {Formats.date(p.draft().priorPeriodEnd(), getLocale()), c,
                p.draft().priorCells().get(c.item())}));
        grid.setItems(rows);
        grid.setHeight("360px");
        return grid;
    }

    /** "Total assets = total liabilities and equity" or "Sub-total of cash inflows … = sum of its 3 lines": checks told apart in full. */
    String checkLabel(Check c) {
        String item = getTranslation(c.item().messageKey());
        return c.isBalance() ? getTranslation("statements.preview.balanceCheck", item, getTranslation(LineItem.BS_TA.messageKey()))
                : getTranslation("statements.preview.subtotalCheck", item, c.item().components().size());
    }

    void confirm(boolean replace) {
        try {
            statements.confirm(result.customer.id(), result.preview, replace, audited);
            result.set(ImportResult.Status.STORED, List.of(getTranslation("statements.import.stored")));
            Notify.success(getTranslation("statements.import.stored"));
            close();
            done.run();
        } catch (PeriodExistsException e) {
            askReplace(e.periodEnd());
        } catch (ImportRejectedException | MissingKeyLinesException e) {
            show();
        }
    }

    private void askReplace(LocalDate period) {
        Dialog ask = new Dialog();
        ask.setHeaderTitle(getTranslation("statements.replace.title"));
        ask.add(new Span(getTranslation("statements.periodExists", Formats.date(period, getLocale()))));
        Button replace = new Button(getTranslation("statements.replace"), e -> {
            ask.close();
            confirm(true);
        });
        replace.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        replace.setId("replace-period");
        ask.getFooter().add(new Button(getTranslation("common.cancel"), e -> ask.close()), replace);
        ask.open();
    }
}
