package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.ui.CustomerTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Adds "Alliances" to the customer page: the alliances the customer is a partner in, with stage and health. */
@org.springframework.stereotype.Component
class AlliancesTab implements CustomerTab {

    private final AllianceService alliances;

    AlliancesTab(AllianceService alliances) {
        this.alliances = alliances;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String labelKey() {
        return "customer.tab.alliances";
    }

    @Override
    public boolean visible() {
        return alliances.canList();
    }

    @Override
    public Component create(CustomerRecord customer) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        var list = alliances.forCustomer(customer.id());
        if (list.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("alliance.customer.none")));
            return box;
        }
        Grid<Alliance> grid = new Grid<>();
        grid.setId("customer-alliances");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Alliance::getName).setHeader(box.getTranslation("alliance.field.name")).setFlexGrow(3);
        grid.addColumn(a -> Labels.of(box, a.getStage())).setHeader(box.getTranslation("alliance.field.stage")).setAutoWidth(true);
        grid.addColumn(a -> a.latestHealth() == null ? ""
                : Formats.decimal(a.latestHealth(), Locales.current(), 0)).setHeader(box.getTranslation("alliance.field.health"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(Alliance::getOwner).setHeader(box.getTranslation("alliance.field.owner")).setAutoWidth(true);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(AllianceView.class, AllianceView.parameters(e.getItem().getId()))));
        box.add(grid);
        return box;
    }
}
