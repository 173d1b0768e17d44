package com.creditwb.workbench.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is a unified social credit code valid per GB 32100-2015 (null or blank passes). */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UsccConstraintValidator.class)
public @interface ValidUscc {

    String message() default "{validation.uscc.check}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
