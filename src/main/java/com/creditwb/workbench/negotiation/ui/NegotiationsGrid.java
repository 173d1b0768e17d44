package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.negotiation.Negotiation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The compact list of negotiations on another record's page (a customer, an alliance): opens the negotiation on click. */
final class NegotiationsGrid {

    private NegotiationsGrid() {
    }

    static Component of(List<Negotiation> list, String id) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (list.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("negotiation.related.none")));
            return box;
        }
        Grid<Negotiation> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Negotiation::getSubject).setHeader(box.getTranslation("negotiation.field.subject")).setFlexGrow(3);
        grid.addColumn(n -> Labels.of(box, n.getDirection())).setHeader(box.getTranslation("negotiation.field.direction")).setAutoWidth(true);
        grid.addColumn(n -> Labels.of(box, n.getStatus())).setHeader(box.getTranslation("negotiation.field.status")).setAutoWidth(true);
        grid.addColumn(n -> Formats.amount(n.getContractValue(), com.creditwb.workbench.common.i18n.Locales.current())).setHeader(box.getTranslation("negotiation.field.contractValue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(n -> n.getDeadline() == null ? "" : Formats.date(n.getDeadline(), com.creditwb.workbench.common.i18n.Locales.current()))
                .setHeader(box.getTranslation("negotiation.field.deadline")).setAutoWidth(true);
        grid.addColumn(Negotiation::getOwner).setHeader(box.getTranslation("negotiation.field.owner")).setAutoWidth(true);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(NegotiationView.class, NegotiationView.parameters(e.getItem().getId()))));
        box.add(grid);
        return box;
    }
}
