package com.creditwb.workbench.common.validation;

import com.creditwb.workbench.common.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Runs the Bean Validation rules of an entity and reports every broken one as a field error. */
@Component
public class BeanChecks {

    private final Validator validator;

    public BeanChecks(Validator validator) {
        this.validator = validator;
    }

    public List<ValidationException.FieldError> errors(Object bean) {
        return validator.validate(bean).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new ValidationException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
    }

    public void check(Object bean) {
        List<ValidationException.FieldError> errors = errors(bean);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
