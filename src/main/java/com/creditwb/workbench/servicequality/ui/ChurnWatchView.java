package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.servicequality.ChurnWatchService;
import com.creditwb.workbench.servicequality.domain.ChurnRules;
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
    final com.vaadin.flow.component.button.Button settings = new com.vaadin.flow.component.button.Button();
    private final transient ChurnWatchService churn;

    public ChurnWatchView(ChurnWatchService churn) {
        this.churn = churn;
        setSizeFull();
        settings.setText(getTranslation("churn.settings"));
        settings.setId("churn-settings");
        settings.setVisible(churn.canSetSettings());
        settings.addClickListener(e -> openSettings());
        Paragraph help = new Paragraph(getTranslation("churn.help"));
        help.addClassName("wb-muted");
        grid.setId("churn-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ChurnWatchService.AtRisk::name).setHeader(getTranslation("churn.customer")).setFlexGrow(2);
        grid.addColumn(a -> a.ownerName() == null ? "" : a.ownerName()).setHeader(getTranslation("churn.owner")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Formats.decimal(a.score(), getLocale(), 0)).setHeader(getTranslation("churn.score"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.reasons().stream().map(this::reasonText).collect(Collectors.joining(getTranslation("common.listSeparator"))))
                .setHeader(getTranslation("churn.reasons")).setFlexGrow(4);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("customers/" + e.getItem().customerId() + "?tab=service")));
        grid.setSizeFull();
        grid.setItems(churn.list());
        com.vaadin.flow.component.orderedlayout.HorizontalLayout title = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(
                new H2(getTranslation("churn.title")), settings);
        title.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(title, help, grid);
    }

    /** A reason with its figure: counts as whole numbers, new overdue as "new", the CSI drop with the peak it fell from. */
    String reasonText(ChurnRules.Found f) {
        if (f.isNew()) {
            return getTranslation("churn.figure." + f.reason().name() + ".new");
        }
        String figure = f.isCount() ? Formats.integer(Math.round(f.figure()), getLocale()) : Formats.decimal(f.figure(), getLocale(), 1);
        return getTranslation("churn.figure." + f.reason().name(), figure, f.peak() == null ? "" : Formats.decimal(f.peak(), getLocale(), 1),
                String.valueOf(f.rounds()));
    }

    /** ADMIN: each reason's weight and the thresholds. */
    void openSettings() {
        com.vaadin.flow.component.dialog.Dialog d = new com.vaadin.flow.component.dialog.Dialog();
        d.setHeaderTitle(getTranslation("churn.settings"));
        ChurnRules.Settings current = churn.settings();
        java.util.Map<ChurnRules.Reason, com.vaadin.flow.component.textfield.NumberField> weights = new java.util.EnumMap<>(ChurnRules.Reason.class);
        VerticalLayout body = new VerticalLayout();
        for (ChurnRules.Reason r : ChurnRules.Reason.values()) {
            var f = new com.vaadin.flow.component.textfield.NumberField(getTranslation("churn.weight", com.creditwb.workbench.common.ui.Labels.of(this, r)));
            f.setValue(current.weights().getOrDefault(r, 0.0));
            f.setId("churn-weight-" + r.name());
            weights.put(r, f);
            body.add(f);
        }
        var csi = new com.vaadin.flow.component.textfield.NumberField(getTranslation("churn.threshold.csi"));
        csi.setValue(current.csiDrop());
        var revenue = new com.vaadin.flow.component.textfield.NumberField(getTranslation("churn.threshold.revenue"));
        revenue.setValue(current.revenueDropPercent());
        var overdue = new com.vaadin.flow.component.textfield.NumberField(getTranslation("churn.threshold.overdue"));
        overdue.setValue(current.overdueGrowthPercent());
        Problems problems = new Problems();
        body.add(csi, revenue, overdue, problems);
        d.add(body);
        var save = new com.vaadin.flow.component.button.Button(getTranslation("common.save"), e -> {
            java.util.Map<ChurnRules.Reason, Double> w = new java.util.EnumMap<>(ChurnRules.Reason.class);
            weights.forEach((r, f) -> w.put(r, f.getValue()));
            try {
                churn.saveSettings(new ChurnRules.Settings(w, csi.getValue() == null ? 0 : csi.getValue(),
                        revenue.getValue() == null ? 0 : revenue.getValue(), overdue.getValue() == null ? 0 : overdue.getValue()));
                com.creditwb.workbench.common.ui.Notify.success(getTranslation("churn.settings.saved"));
                d.close();
                grid.setItems(churn.list());
            } catch (com.creditwb.workbench.common.ValidationException ex) {
                problems.clear();
                problems.show(ex);
            }
        });
        save.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        save.setId("churn-settings-save");
        d.getFooter().add(new com.vaadin.flow.component.button.Button(getTranslation("common.cancel"), e -> d.close()), save);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("churn.title");
    }
}
