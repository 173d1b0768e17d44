package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.common.audit.AuditLogEntry;
import com.creditwb.workbench.common.audit.AuditValues;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who changed what and when, with old and new values, newest first: the rows the service lets the user
 * see, with labels and values in the user's language.
 */
class HistoryPanel extends VerticalLayout {

    final Grid<AuditLogEntry> grid = new Grid<>(AuditLogEntry.class, false);

    HistoryPanel(List<AuditLogEntry> entries, UserService users, AuditValues values) {
        setPadding(false);
        Map<String, String> names = new HashMap<>();
        grid.addColumn(e -> Formats.dateTime(e.getChangedAt(), getLocale()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> names.computeIfAbsent(e.getChangedBy(), users::displayName))
                .setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> values.what(e, getLocale())).setHeader(getTranslation("history.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> values.field(e, getLocale())).setHeader(getTranslation("history.field")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> values.oldValue(e, getLocale())).setHeader(getTranslation("history.old")).setFlexGrow(1);
        grid.addColumn(e -> values.newValue(e, getLocale())).setHeader(getTranslation("history.new")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(entries.stream().filter(e -> !values.unchanged(e)).toList());
        grid.setHeight("32em");
        add(grid);
    }
}
