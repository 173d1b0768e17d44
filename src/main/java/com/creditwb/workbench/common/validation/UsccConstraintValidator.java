package com.creditwb.workbench.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports which part of the code is wrong (length, characters, organisation code, check character). */
public class UsccConstraintValidator implements ConstraintValidator<ValidUscc, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        UnifiedSocialCreditCode.Result result = UnifiedSocialCreditCode.check(value);
        if (result.valid()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("expected", String.valueOf(result.expected()))
                .buildConstraintViolationWithTemplate("{" + result.problem().orElseThrow().messageKey() + "}")
                .addConstraintViolation();
        return false;
    }
}
