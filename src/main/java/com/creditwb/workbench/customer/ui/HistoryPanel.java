package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.common.audit.AuditLogEntry;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who changed what and when, with old and new values, newest first. */
class HistoryPanel extends VerticalLayout {

    /** Fields whose stored values are enumeration names, with the message-key prefix of their labels. */
    static final Map<String, String> ENUM_FIELDS = Map.of("industry", "industry", "region", "region", "size", "size",
            "customerType", "customerType", "lifecycleStage", "lifecycle", "relationshipLevel", "relationshipLevel",
            "role", "contactRole", "source", "investigationSource");

    final Grid<AuditLogEntry> grid = new Grid<>(AuditLogEntry.class, false);

    HistoryPanel(List<AuditLogEntry> entries, UserService users) {
        setPadding(false);
        Map<String, String> names = new HashMap<>();
        grid.addColumn(e -> Formats.dateTime(e.getChangedAt(), getLocale(), ZoneId.systemDefault()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> names.computeIfAbsent(e.getChangedBy(), users::displayName))
                .setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation(e.getAction().messageKey()) + " " + getTranslation("entity." + e.getEntityType()))
                .setHeader(getTranslation("history.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getField() == null ? "" : getTranslation("field." + e.getEntityType() + "." + e.getField()))
                .setHeader(getTranslation("history.field")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> value(e.getField(), e.getOldValue())).setHeader(getTranslation("history.old")).setFlexGrow(1);
        grid.addColumn(e -> value(e.getField(), e.getNewValue())).setHeader(getTranslation("history.new")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(entries);
        grid.setHeight("32em");
        add(grid);
    }

    String value(String field, String stored) {
        if (stored == null) {
            return "";
        }
        String prefix = field == null ? null : ENUM_FIELDS.get(field);
        return prefix == null ? stored : getTranslation(prefix + "." + stored);
    }
}
