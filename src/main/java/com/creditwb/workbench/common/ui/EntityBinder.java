package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.validation.ValidationConfig;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.util.Set;

/**
 * A binder whose field checks are the entity's own Bean Validation rules, run by the same validator
 * as the services, with messages (and their parameters) in the UI's language. Fields whose
 * property must not be empty show the required indicator.
 */
public class EntityBinder<T> extends Binder<T> {

    private final Class<T> type;

    public EntityBinder(Class<T> type) {
        super(type);
        this.type = type;
    }

    public <V> Binding<T, V> bindProperty(HasValue<?, V> field, String property) {
        if (isRequired(property)) {
            field.setRequiredIndicatorVisible(true);
        }
        return forField(field).withValidator((value, context) -> {
            Set<? extends ConstraintViolation<T>> violations = ValidationConfig.validator().validateValue(type, property,
                    value instanceof String s && s.isEmpty() && !isRequired(property) ? null : value);
            return violations.isEmpty() ? ValidationResult.ok() : ValidationResult.error(violations.iterator().next().getMessage());
        }).bind(property);
    }

    private boolean isRequired(String property) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(property);
                return f.isAnnotationPresent(NotNull.class) || f.isAnnotationPresent(NotBlank.class) || f.isAnnotationPresent(NotEmpty.class);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return false;
    }
}
