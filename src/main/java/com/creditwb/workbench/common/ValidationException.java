package com.creditwb.workbench.common;

import java.util.List;

/**
 * Input broke one or more rules. Each error names the field (a bean property path such as
 * {@code uscc} or {@code contacts[0].email}) and carries a message already in the user's language.
 */
public class ValidationException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
