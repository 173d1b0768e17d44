package com.creditwb.workbench.common.validation;

import com.creditwb.workbench.common.i18n.Locales;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Constraint messages come from {@code ValidationMessages_*.properties}, the standard bundle that
 * Vaadin's binder reads too, in the language of the current user (UI locale or Accept-Language).
 */
@Configuration
public class ValidationConfig {

    private static final Validator VALIDATOR = build();

    @Bean
    @Primary
    public Validator workbenchValidator() {
        return VALIDATOR;
    }

    /** The validator for code that is not a Spring bean (forms). */
    public static Validator validator() {
        return VALIDATOR;
    }

    private static Validator build() {
        MessageInterpolator bundles = new ResourceBundleMessageInterpolator(
                new PlatformResourceBundleLocator("ValidationMessages"));
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new CurrentLocaleInterpolator(bundles))
                .buildValidatorFactory();
        return factory.getValidator();
    }

    static final class CurrentLocaleInterpolator implements MessageInterpolator {
        private final MessageInterpolator delegate;

        CurrentLocaleInterpolator(MessageInterpolator delegate) {
            this.delegate = delegate;
        }

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, Locales.current());
        }

        /** Hibernate Validator passes its default locale here; the current user's language wins. */
        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(template, context, Locales.current());
        }
    }
}
