package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.ValidationException;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts the messages of a {@link ValidationException} onto the fields they name. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Marks each named field invalid with its message and returns the messages whose field is not
     * on the form, so the caller can show them elsewhere.
     */
    public static List<String> show(ValidationException e, Map<String, ? extends HasValidation> fields) {
        List<String> unplaced = new ArrayList<>();
        for (ValidationException.FieldError error : e.getErrors()) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                unplaced.add(error.message());
            }
        }
        return unplaced;
    }
}
