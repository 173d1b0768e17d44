package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.servicequality.ChurnWatchService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** The churn watch (流失预警): customers at risk, highest score first, each reason with its figure; a click opens the customer. */
@com.vaadin.flow.router.Menu(title = "nav.churnWatch", order = 1.6, icon = "vaadin:exit-o")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.customers")
@Route("churn-watch")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
public class ChurnWatchView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ChurnWatchService.AtRisk> grid = new Grid<>();

    public ChurnWatchView(ChurnWatchService churn) {
        setSizeFull();
        Paragraph help = new Paragraph(getTranslation("churn.help"));
        help.addClassName("wb-muted");
        grid.setId("churn-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ChurnWatchService.AtRisk::name).setHeader(getTranslation("churn.customer")).setFlexGrow(2);
        grid.addColumn(ChurnWatchService.AtRisk::owner).setHeader(getTranslation("churn.owner")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Formats.decimal(a.score(), getLocale(), 0)).setHeader(getTranslation("churn.score"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.reasons().stream().map(f -> getTranslation("churn.figure." + f.reason().name(),
                Formats.decimal(f.figure(), getLocale(), 1))).collect(Collectors.joining(getTranslation("common.listSeparator")))).setHeader(getTranslation("churn.reasons")).setFlexGrow(4);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("customers/" + e.getItem().customerId() + "?tab=service")));
        grid.setSizeFull();
        grid.setItems(churn.list());
        add(new H2(getTranslation("churn.title")), help, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("churn.title");
    }
}
