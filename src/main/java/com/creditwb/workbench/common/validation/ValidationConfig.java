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

    /**
     * The clock "past" and "future" constraints judge by (an investigation date may not be in the future): the
     * application's, set when the context starts, so that forms outside Spring judge by it too.
     */
    private static volatile java.time.Clock clock = java.time.Clock.systemDefaultZone();

    private static final ValidatorFactory FACTORY = build();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** Hibernate validates entities before it writes them with this same factory (and so this clock and these messages). */
    @Bean
    org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer persistTimeValidation() {
        return properties -> properties.put("jakarta.persistence.validation.factory", FACTORY);
    }

    @Bean
    @Primary
    public Validator workbenchValidator(java.time.Clock appClock) {
        clock = appClock;
        return VALIDATOR;
    }

    /** The validator for code that is not a Spring bean (forms). */
    public static Validator validator() {
        return VALIDATOR;
    }

    private static ValidatorFactory build() {
        MessageInterpolator bundles = new ResourceBundleMessageInterpolator(
                new PlatformResourceBundleLocator("ValidationMessages"));
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new CurrentLocaleInterpolator(bundles))
                .clockProvider(() -> clock)
                .buildValidatorFactory();
        return factory;
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
