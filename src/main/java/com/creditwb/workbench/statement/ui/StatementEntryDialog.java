package com.creditwb.workbench.statement.ui;

import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.common.ui.AmountField;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.statement.StatementService;
import com.creditwb.workbench.statement.StatementSet;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.StatementType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Manual entry or correction of one period's statements (FINANCE): every line item of the three
 * statements in the unit chosen, with the same checks as an import. Saving adds a revision; the
 * earlier one stays in the history. Nothing is stored while a check fails.
 */
class StatementEntryDialog extends Dialog {

    final DatePicker periodEnd = new DatePicker();
    final Select<Long> unit;
    final Checkbox audited = new Checkbox();
    final Map<LineItem, AmountField> fields = new EnumMap<>(LineItem.class);
    final Problems problems = new Problems();
    private final transient StatementService statements;
    private final transient ProblemMessages messages;
    private final CustomerRecord customer;
    private final Runnable saved;

    StatementEntryDialog(CustomerRecord customer, StatementSet start, StatementService statements, ProblemMessages messages, Runnable saved,
            LocalDate today) {
        this.customer = customer;
        this.statements = statements;
        this.messages = messages;
        this.saved = saved;
        setHeaderTitle(getTranslation("statements.enter") + " · " + customer.name());
        setWidth("900px");
        periodEnd.setLabel(getTranslation("statements.periodEnd"));
        periodEnd.setRequired(true);
        unit = UnitSelect.create(this, false);
        unit.setValue(start == null ? 10_000L : start.getUnitFactor());
        audited.setLabel(getTranslation("statements.audited"));
        HorizontalLayout head = new HorizontalLayout(periodEnd, unit, audited);
        head.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        TabSheet sheets = new TabSheet();
        for (StatementType type : StatementType.values()) {
            FormLayout form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
            for (LineItem item : LineItem.of(type)) {
                AmountField field = new AmountField(getTranslation(item.messageKey()));
                field.setId("entry-" + item.name());
                if (item.isSubtotal()) {
                    field.addClassName("wb-subtotal");
                }
                fields.put(item, field);
                form.add(field);
            }
            sheets.add(getTranslation(type.messageKey()), form);
        }
        problems.setId("entry-problems");
        add(new VerticalLayout(head, problems, sheets));
        periodEnd.addValueChangeListener(e -> fill(e.getValue()));
        unit.addValueChangeListener(e -> {
            if (e.getOldValue() != null && e.getValue() != null) {
                rescale(e.getOldValue(), e.getValue());
            }
        });
        periodEnd.setValue(start == null ? today.withDayOfYear(1).minusDays(1) : start.getPeriodEnd());
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("entry-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** Shows the period's current figures when it is held (a correction), else empty fields. */
    private void fill(LocalDate period) {
        fields.values().forEach(f -> f.setValue(null));
        if (period == null) {
            return;
        }
        statements.periods(customer.id()).stream().filter(s -> s.getPeriodEnd().equals(period)).findFirst().ifPresent(set -> {
            audited.setValue(set.isAudited());
            set.getAmounts().forEach((item, yuan) -> fields.get(item)
                    .setValue(yuan.divide(BigDecimal.valueOf(unit.getValue()), 2, RoundingMode.HALF_UP).stripTrailingZeros()));
        });
    }

    private void rescale(long from, long to) {
        fields.values().forEach(f -> {
            if (f.getValue() != null) {
                f.setValue(f.getValue().multiply(BigDecimal.valueOf(from)).divide(BigDecimal.valueOf(to), 6, RoundingMode.HALF_UP)
                        .stripTrailingZeros());
            }
        });
    }

    void save() {
        problems.clear();
        if (periodEnd.getValue() == null) {
            problems.mark(periodEnd, getTranslation("validation.required"));
            return;
        }
        Map<LineItem, BigDecimal> amounts = new EnumMap<>(LineItem.class);
        fields.forEach((item, field) -> {
            if (field.getValue() != null) {
                amounts.put(item, field.getValue().multiply(BigDecimal.valueOf(unit.getValue())).setScale(2, RoundingMode.HALF_UP));
            }
        });
        if (amounts.isEmpty()) {
            problems.show(getTranslation("excel.noLines"));
            return;
        }
        try {
            statements.saveManual(customer.id(), periodEnd.getValue(), amounts, unit.getValue(), audited.getValue(), null);
            Notify.success(getTranslation("common.saved"));
            close();
            saved.run();
        } catch (ImportRejectedException e) {
            e.problems().forEach(p -> problems.show(messages.message(p)));
        }
    }
}
