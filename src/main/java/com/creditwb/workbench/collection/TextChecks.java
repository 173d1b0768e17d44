package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one check of the free texts a collection request carries (contacts, outcomes, notes, reasons): plain text (no
 * control or direction characters; line breaks only where several lines are allowed) within a length, stripped; each
 * broken rule an error on its field.
 */
@Component
class TextChecks {

    private final Messages messages;

    TextChecks(Messages messages) {
        this.messages = messages;
    }

    /** An optional text: {@code null} when blank. */
    String optional(List<ValidationException.FieldError> errors, String field, String value, int max, boolean multiline) {
        return check(errors, field, value, max, multiline, false, "collection.error.text");
    }

    /** A text that must be given. */
    String required(List<ValidationException.FieldError> errors, String field, String value, int max, boolean multiline) {
        return check(errors, field, value, max, multiline, true, "collection.error.text");
    }

    /** A reason for a decision (one to a thousand characters, several lines allowed), with the decisions' message. */
    String reason(List<ValidationException.FieldError> errors, String field, String value) {
        return check(errors, field, value, 1000, true, true, "document.error.reason");
    }

    private String check(List<ValidationException.FieldError> errors, String field, String value, int max, boolean multiline, boolean required,
            String message) {
        String v = PlainText.blankToNull(value);
        if (v == null ? required : v.length() > max || !(multiline ? PlainText.isPlainMultiline(v) : PlainText.isPlain(v))) {
            errors.add(new ValidationException.FieldError(field, messages.get(message, max)));
            return null;
        }
        return v == null ? null : v.strip();
    }
}
