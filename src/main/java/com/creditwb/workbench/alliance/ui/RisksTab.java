package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceRisk;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.domain.RiskStatus;
import com.creditwb.workbench.alliance.domain.RiskType;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** The alliance's risk register (seeded with the seed's four typical problems; severity = likelihood × impact). */
class RisksTab extends AllianceSection {


    private final transient com.creditwb.workbench.alliance.AllianceHealthService health;

    RisksTab(Alliance alliance, boolean editable, AllianceService alliances, com.creditwb.workbench.alliance.AllianceHealthService health, Runnable reload) {
        super(alliance, alliances, reload);
        this.health = health;
        VerticalLayout box = this;
        Grid<AllianceRisk> grid = new Grid<>();
        grid.setId("alliance-risks");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Labels.of(this, r.getType())).setHeader(getTranslation("alliance.field.riskType")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> AllianceView.nz(r.getDescription())).setHeader(getTranslation("alliance.field.description")).setFlexGrow(3);
        grid.addColumn(r -> r.getLikelihood() == null ? "" : String.valueOf(r.getLikelihood())).setHeader(getTranslation("alliance.field.likelihood"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getImpact() == null ? "" : String.valueOf(r.getImpact())).setHeader(getTranslation("alliance.field.impact"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getSeverity() == null ? getTranslation("alliance.risk.toAssess") : String.valueOf(r.getSeverity()))
                .setHeader(getTranslation("alliance.field.severity")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(r -> r.getSeverity() == null ? 0 : r.getSeverity());
        grid.addColumn(r -> AllianceView.nz(r.getOwner())).setHeader(getTranslation("alliance.field.riskOwner")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> AllianceView.nz(r.getMitigation())).setHeader(getTranslation("alliance.field.mitigation")).setFlexGrow(2);
        grid.addColumn(r -> Labels.of(this, r.getStatus())).setHeader(getTranslation("alliance.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Labels.of(this, r.getPrinciple())).setHeader(getTranslation("alliance.field.principle")).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addItemClickListener(e -> openRisk(e.getItem()));
        }
        grid.setItems(alliance.getRisks());
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("alliance.risk.add"), e -> openRisk(null));
        add.setId("alliance-risk-add");
        add.setVisible(editable);
        box.add(new Paragraph(getTranslation("alliance.section.risks.help")), grid, add);
    }

    void openRisk(AllianceRisk existing) {
        Select<RiskType> type = Labels.select(this, "alliance.field.riskType", RiskType.class);
        TextArea description = new TextArea(getTranslation("alliance.field.description"));
        description.setWidthFull();
        Select<Integer> likelihood = new Select<>();
        likelihood.setLabel(getTranslation("alliance.field.likelihood"));
        likelihood.setItems(AllianceView.SCORES);
        likelihood.setEmptySelectionAllowed(true);
        likelihood.setId("risk-likelihood");
        Select<Integer> impact = new Select<>();
        impact.setLabel(getTranslation("alliance.field.impact"));
        impact.setItems(AllianceView.SCORES);
        impact.setEmptySelectionAllowed(true);
        impact.setId("risk-impact");
        TextField owner = new TextField(getTranslation("alliance.field.riskOwner"));
        TextArea mitigation = new TextArea(getTranslation("alliance.field.mitigation"));
        mitigation.setWidthFull();
        Select<RiskStatus> status = Labels.select(this, "alliance.field.status", RiskStatus.class);
        status.setValue(RiskStatus.OPEN);
        Select<Principle> principle = Labels.select(this, "alliance.field.principle", Principle.class);
        principle.setEmptySelectionAllowed(true);
        if (existing != null) {
            type.setValue(existing.getType());
            description.setValue(AllianceView.nz(existing.getDescription()));
            likelihood.setValue(existing.getLikelihood());
            impact.setValue(existing.getImpact());
            owner.setValue(AllianceView.nz(existing.getOwner()));
            mitigation.setValue(AllianceView.nz(existing.getMitigation()));
            status.setValue(existing.getStatus());
            principle.setValue(existing.getPrinciple());
        } else {
            type.setValue(RiskType.OTHER);
        }
        Span severity = new Span();
        Runnable sev = () -> severity.setText(getTranslation("alliance.field.severity") + ": "
                + (likelihood.getValue() == null || impact.getValue() == null ? getTranslation("alliance.risk.toAssess")
                        : likelihood.getValue() * impact.getValue()));
        likelihood.addValueChangeListener(e -> sev.run());
        impact.addValueChangeListener(e -> sev.run());
        sev.run();
        FormLayout f = new FormLayout(type, status, likelihood, impact, owner, principle);
        FormDialog d = new FormDialog(getTranslation(existing == null ? "alliance.risk.add" : "alliance.risk.edit"),
                getTranslation("common.save"), () -> {
                    health.saveRisk(alliance.getId(), existing == null ? null : existing.getId(), type.getValue(), description.getValue(),
                            likelihood.getValue(), impact.getValue(), owner.getValue(), mitigation.getValue(), status.getValue(),
                            principle.getValue());
                    reload.run();
                });
        d.with(f, severity, description, mitigation).fields(Map.of("type", type, "description", description, "likelihood", likelihood,
                "impact", impact, "owner", owner, "mitigation", mitigation, "status", status));
        d.setWidth("40em");
        d.primary().setId("risk-save");
        d.problems().setId("risk-problems");
        d.open();
    }

}
