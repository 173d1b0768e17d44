package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.PackageScore;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;

/**
 * The outcome: agreed — each issue's agreed value and level against the targets and the package score against the
 * plan; no deal — the reason. And the after-negotiation checklist (谈判后资料的保存与保密).
 */
class OutcomeTab extends VerticalLayout {

    final CheckboxGroup<Confidentiality.AfterItem> after = new CheckboxGroup<>();
    final Div summary = new Div();

    OutcomeTab(Negotiation n, boolean editable, NegotiationService negotiations) {
        setPadding(false);
        summary.setId("negotiation-outcome");
        PackageScore.Result r = negotiations.outcome(n);
        if (r != null) {
            Double acceptable = n.acceptableScore();
            summary.add(new Div(getTranslation("negotiation.outcome.agreed", Formats.decimal(r.score(), getLocale(), 1),
                    acceptable == null ? "" : Formats.decimal(acceptable, getLocale(), 1),
                    n.getReservationScore() == null ? "—" : Formats.decimal(n.getReservationScore(), getLocale(), 1))));
            if (!r.breaches().isEmpty()) {
                Div b = new Div(getTranslation("negotiation.calc.breaches", String.join(", ", r.breaches())));
                b.addClassName("wb-error-text");
                summary.add(b);
            }
            Grid<PlanIssue> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.addColumn(PlanIssue::name).setHeader(getTranslation("negotiation.issue.name")).setFlexGrow(2);
            grid.addColumn(i -> value(n, i)).setHeader(getTranslation("negotiation.outcome.value")).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(i -> Formats.decimal(i.acceptable(), getLocale(), 2)).setHeader(getTranslation("negotiation.issue.acceptable"))
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(i -> r.perIssue().containsKey(i.name()) ? Labels.of(this, r.perIssue().get(i.name()).level()) : "")
                    .setHeader(getTranslation("negotiation.outcome.level"));
            grid.addColumn(i -> r.perIssue().containsKey(i.name()) ? Formats.decimal(r.perIssue().get(i.name()).utility(), getLocale(), 1) : "")
                    .setHeader(getTranslation("negotiation.outcome.utility")).setTextAlign(ColumnTextAlign.END);
            grid.setItems(n.getIssues());
            grid.setAllRowsVisible(true);
            summary.add(grid);
        } else if (n.getOutcomeReason() != null) {
            summary.add(new Div(getTranslation("negotiation.outcome.noDeal", n.getOutcomeReason())));
        } else {
            summary.add(new Div(getTranslation(n.getStatus() == NegotiationStatus.ARCHIVED ? "negotiation.outcome.none"
                    : "negotiation.outcome.open")));
        }
        add(summary);
        add(new H4(getTranslation("negotiation.afterChecklist")));
        after.setItems(Confidentiality.AfterItem.values());
        after.setItemLabelGenerator(i -> Labels.of(this, i));
        after.setValue(n.getAfterChecklist());
        after.setReadOnly(!editable);
        after.setId("negotiation-after-checklist");
        add(after);
    }

    private String value(Negotiation n, PlanIssue i) {
        Object v = n.getOutcomeValues().get(i.name());
        return v instanceof Number x ? Formats.decimal(x.doubleValue(), getLocale(), 2) : "";
    }

    Set<Confidentiality.AfterItem> afterChecklist() {
        return after.getValue();
    }
}
