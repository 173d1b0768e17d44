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

    /**
     * Reasons (each a sentence) read as one line: the final full stop of each dropped and joined with the language's
     * semicolon — "额度不足；逾期超过 60 天" / "Limit exceeded; overdue beyond 60 days" — never "。、".
     */
    public static String reasons(Component c, java.util.List<String> reasons) {
        return String.join(c.getTranslation("common.reasonSeparator"), reasons.stream().map(Lines::withoutFullStop).toList());
    }

    static String withoutFullStop(String sentence) {
        String s = sentence == null ? "" : sentence.strip();
        while (!s.isEmpty() && "。.；;".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    public static Div line(Component c, String labelKey, String value) {
        return line(c, labelKey, new Span(value == null || value.isEmpty() ? c.getTranslation("keyaccount.value.unknown") : value));
    }
}
