package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceAgreementService;
import com.creditwb.workbench.alliance.AllianceContribution;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.ContributionKind;
import com.creditwb.workbench.alliance.domain.ContributionStatus;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.AmountField;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What each side contributes under the agreement, with its due date; due and overdue ones are on the owner's dashboard. */
class ContributionsSection extends AllianceSection {

    private final transient java.time.Clock clock;

    private final transient AllianceAgreementService agreement;

    ContributionsSection(Alliance alliance, boolean editable, AllianceService alliances, AllianceAgreementService agreement, Runnable reload, java.time.Clock clock) {
        super(alliance, alliances, reload);
        this.agreement = agreement;
        this.clock = clock;
        setPadding(false);
        Grid<AllianceContribution> grid = new Grid<>();
        grid.setId("alliance-contributions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        LocalDate today = LocalDate.now(clock);
        grid.addColumn(AllianceContribution::getPartner).setHeader(getTranslation("alliance.field.partnerName")).setFlexGrow(2);
        grid.addColumn(c -> Labels.of(this, c.getKind())).setHeader(getTranslation("alliance.field.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getDescription() == null ? "" : c.getDescription()).setHeader(getTranslation("alliance.field.description"))
                .setFlexGrow(3);
        grid.addColumn(c -> amount(c.getAmount())).setHeader(getTranslation("alliance.field.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getDueDate() == null ? "" : Formats.date(c.getDueDate(), getLocale())).setHeader(getTranslation("alliance.field.dueDate"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Span s = new Span(Labels.of(this, c.getStatus()) + (c.isOverdue(today) ? " · " + getTranslation("alliance.overdue") : ""));
            if (c.isOverdue(today)) {
                s.getElement().getThemeList().add("badge error");
            }
            return s;
        }).setHeader(getTranslation("alliance.field.status")).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(c -> {
                Button delivered = new Button(getTranslation("alliance.contribution.delivered"), e -> {
                    agreement.saveContribution(alliance.getId(), c.getId(), c.getPartner(), c.getKind(), c.getDescription(), c.getAmount(),
                            c.getDueDate(), ContributionStatus.DELIVERED);
                    reload.run();
                });
                delivered.addThemeVariants(ButtonVariant.LUMO_SMALL);
                delivered.setVisible(c.getStatus() == ContributionStatus.DUE);
                return delivered;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(alliance.getContributions());
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("alliance.contribution.add"), e -> openContribution());
        add.setId("alliance-contribution-add");
        add.setVisible(editable);
        add(new H4(getTranslation("alliance.section.contributions")), grid, add);
    }

    private String amount(java.math.BigDecimal value) {
        return value == null ? "" : Formats.amount(value, getLocale());
    }

    void openContribution() {
        ComboBox<String> partner = new ComboBox<>(getTranslation("alliance.field.partnerName"));
        List<String> names = new ArrayList<>(List.of(getTranslation("alliance.ourSide")));
        alliance.getPartners().forEach(p -> names.add(p.getName()));
        partner.setItems(names);
        partner.setAllowCustomValue(false);
        Select<ContributionKind> kind = Labels.select(this, "alliance.field.kind", ContributionKind.class);
        TextField description = new TextField(getTranslation("alliance.field.description"));
        description.setWidthFull();
        AmountField amount = new AmountField(getTranslation("alliance.field.amount"));
        DatePicker due = new DatePicker(getTranslation("alliance.field.dueDate"));
        FormDialog d = new FormDialog(getTranslation("alliance.contribution.add"), getTranslation("common.save"), () -> {
            agreement.saveContribution(alliance.getId(), null, partner.getValue(), kind.getValue(), description.getValue(), amount.getValue(),
                    due.getValue(), ContributionStatus.DUE);
            reload.run();
        });
        d.with(partner, kind, description, amount, due).fields(Map.of("partner", partner, "kind", kind, "description", description,
                "amount", amount, "dueDate", due));
        d.primary().setId("contribution-save");
        d.open();
    }

}
