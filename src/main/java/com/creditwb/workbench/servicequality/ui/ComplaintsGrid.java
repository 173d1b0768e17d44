package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.servicequality.Complaint;
import com.creditwb.workbench.servicequality.ComplaintService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

/** The complaints table of the list page and the customer's Service tab: overdue marked; a click opens the complaint. */
final class ComplaintsGrid {

    private ComplaintsGrid() {
    }

    static Grid<Complaint> create(ComplaintService complaints, Function<Complaint, String> customer, Consumer<Complaint> open) {
        Grid<Complaint> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Component ctx = grid;
        Instant now = complaints.now();
        grid.addColumn(c -> Formats.dateTime(c.getRaisedAt(), Locales.current()))
                .setHeader(ctx.getTranslation("complaint.field.raisedAt")).setAutoWidth(true).setFlexGrow(0);
        if (customer != null) {
            grid.addColumn(customer::apply).setHeader(ctx.getTranslation("complaint.field.customer")).setFlexGrow(2);
        }
        grid.addColumn(c -> Labels.of(ctx, c.getCategory())).setHeader(ctx.getTranslation("complaint.field.category")).setAutoWidth(true);
        grid.addColumn(c -> Labels.of(ctx, c.getSeverity())).setHeader(ctx.getTranslation("complaint.field.severity")).setAutoWidth(true);
        grid.addColumn(Complaint::getDescription).setHeader(ctx.getTranslation("complaint.field.description")).setFlexGrow(3);
        grid.addColumn(c -> Labels.of(ctx, c.getStatus()) + (c.getReopened() > 0 ? " · " + ctx.getTranslation("complaint.reopenedShort") : ""))
                .setHeader(ctx.getTranslation("complaint.field.status")).setAutoWidth(true);
        grid.addColumn(Complaint::getAssignee).setHeader(ctx.getTranslation("complaint.field.assignee")).setAutoWidth(true);
        grid.addColumn(c -> complaints.overdue(c, now) ? ctx.getTranslation("complaint.overdueShort") : "")
                .setHeader(ctx.getTranslation("complaint.field.overdue")).setAutoWidth(true);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        return grid;
    }
}
