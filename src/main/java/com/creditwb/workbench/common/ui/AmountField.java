package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.excel.CellReader;
import com.creditwb.workbench.common.i18n.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in 元 as people read it, while they edit it too: thousands separators and two decimals
 * in the user's locale ("604,000.00", not "604000.00" or "2773070.0000"), right-aligned. Typing
 * "604000", "604,000" or full-width digits is understood; on leaving the field the text is shown
 * formatted again. Text that is no amount marks the field invalid with a message (and, in a binder,
 * fails validation) rather than being dropped silently.
 */
public class AmountField extends CustomField<BigDecimal> implements HasValidator<BigDecimal> {

    private final TextField text = new TextField();
    private boolean unreadable;

    public AmountField() {
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        text.setAllowedCharPattern("[0-9０-９.,，\\-()（）\\s]");
        text.setWidthFull();
        text.getElement().setAttribute("inputmode", "decimal");
        add(text);
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                updateValue();
                if (!unreadable) {
                    text.setValue(format(getValue()));
                }
            }
        });
    }

    public AmountField(String label) {
        this();
        setLabel(label);
    }

    @Override
    protected BigDecimal generateModelValue() {
        try {
            BigDecimal value = CellReader.parse(text.getValue());
            unreadable = false;
            setInvalid(false);
            return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            unreadable = true;
            setErrorMessage(getTranslation("common.amount.invalid"));
            setInvalid(true);
            return null;
        }
    }

    @Override
    protected void setPresentationValue(BigDecimal value) {
        unreadable = false;
        text.setValue(format(value));
    }

    private String format(BigDecimal value) {
        return value == null ? "" : Formats.amount(value, getLocale());
    }

    /** The text as shown (formatted), for tests and screenshots. */
    public String getText() {
        return text.getValue();
    }

    /** As if the user typed the text and left the field. */
    public void type(String typed) {
        text.setValue(typed);
        updateValue();
        if (!unreadable) {
            text.setValue(format(getValue()));
        }
    }

    /** True while the text is no amount. */
    public boolean isUnreadable() {
        return unreadable;
    }

    @Override
    public Validator<BigDecimal> getDefaultValidator() {
        return (value, context) -> unreadable ? ValidationResult.error(getTranslation("common.amount.invalid")) : ValidationResult.ok();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        text.setReadOnly(readOnly);
    }

    public void setSuffixComponent(Component suffix) {
        text.setSuffixComponent(suffix);
    }

    public void setPlaceholder(String placeholder) {
        text.setPlaceholder(placeholder);
    }

    public void setClearButtonVisible(boolean visible) {
        text.setClearButtonVisible(visible);
    }
}
