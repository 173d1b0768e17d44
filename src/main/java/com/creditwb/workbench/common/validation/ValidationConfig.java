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

    /** The factory of one application context: its clock judges "past" and "future" (an investigation may not be dated ahead). */
    record Factory(ValidatorFactory factory) {
    }

    /**
     * The clock of the context that started last, for forms that are not Spring beans (one application has one context;
     * only a test run has several, whose views are built directly).
     */
    private static volatile java.time.Clock formsClock = java.time.Clock.systemDefaultZone();

    private static final Validator FORMS = build(() -> formsClock).getValidator();

    @Bean
    Factory workbenchValidatorFactory(java.time.Clock clock) {
        formsClock = clock;
        com.creditwb.workbench.common.i18n.Formats.showIn(clock.getZone());
        return new Factory(build(() -> clock));
    }

    @Bean
    @Primary
    public Validator workbenchValidator(Factory factory) {
        return factory.factory().getValidator();
    }

    /** Hibernate validates entities before it writes them with the same factory (and so the same clock and messages). */
    @Bean
    org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer persistTimeValidation(Factory factory) {
        return properties -> properties.put("jakarta.persistence.validation.factory", factory.factory());
    }

    /** The validator for code that is not a Spring bean (forms). */
    public static Validator validator() {
        return FORMS;
    }

    private static ValidatorFactory build(jakarta.validation.ClockProvider clock) {
        MessageInterpolator bundles = new ResourceBundleMessageInterpolator(
                new PlatformResourceBundleLocator("ValidationMessages"));
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new CurrentLocaleInterpolator(bundles))
                .clockProvider(clock)
                .buildValidatorFactory();
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
