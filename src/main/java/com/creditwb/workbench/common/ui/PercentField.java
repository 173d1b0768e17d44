package com.creditwb.workbench.common.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import java.math.BigDecimal;

/**
 * A share as people type it — "35" with a % after it — whose value is the fraction the services keep (0.35). The one
 * place where percent and fraction meet on a screen; 0–100 unless told otherwise.
 */
public class PercentField extends CustomField<BigDecimal> {

    private final NumberField number = new NumberField();
    private boolean presenting;

    public PercentField(String label) {
        setLabel(label);
        number.setSuffixComponent(new Span("%"));
        number.setMin(0);
        number.setMax(100);
        number.setWidthFull();
        add(number);
        // the value follows the number as soon as it changes, typed or set
        number.addValueChangeListener(e -> {
            if (!presenting) {
                updateValue();
            }
        });
    }

    @Override
    protected BigDecimal generateModelValue() {
        return number.getValue() == null ? null : BigDecimal.valueOf(number.getValue()).movePointLeft(2);
    }

    @Override
    protected void setPresentationValue(BigDecimal fraction) {
        presenting = true;
        try {
            number.setValue(fraction == null ? null : fraction.movePointRight(2).doubleValue());
        } finally {
            presenting = false;
        }
    }
}
