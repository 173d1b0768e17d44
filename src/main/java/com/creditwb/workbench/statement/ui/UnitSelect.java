package com.creditwb.workbench.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;

/** The one unit picker of the statement screens: 元, 千元, 万元 (the factor to 元), optionally "as written". */
final class UnitSelect {

    private UnitSelect() {
    }

    /** @param asWritten whether "as written in the workbook" (no value) may be chosen */
    static Select<Long> create(Component context, boolean asWritten) {
        Select<Long> unit = new Select<>();
        unit.setLabel(context.getTranslation("statements.unit"));
        unit.setItems(1L, 1_000L, 10_000L);
        String asWrittenText = context.getTranslation("statements.unit.asWritten");
        unit.setItemLabelGenerator(u -> u == null ? asWrittenText : context.getTranslation("statements.unit." + u));
        if (asWritten) {
            unit.setEmptySelectionAllowed(true);
            unit.setEmptySelectionCaption(asWrittenText);
        }
        return unit;
    }
}
