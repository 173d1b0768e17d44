package com.creditwb.workbench.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** "label … value" on one line, as the cards show their figures. */
public final class Lines {

    private Lines() {
    }

    public static Div line(Component c, String labelKey, Component value) {
        Span label = new Span(c.getTranslation(labelKey));
        label.addClassName("wb-label");
        Div row = new Div(label, value);
        row.addClassName("wb-line");
        return row;
    }

    public static Div line(Component c, String labelKey, String value) {
        return line(c, labelKey, new Span(value == null || value.isEmpty() ? c.getTranslation("keyaccount.value.unknown") : value));
    }
}
