package com.creditwb.workbench.common.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * All user-visible text lives in {@code messages_zh_CN.properties} and {@code messages_en.properties}
 * (UTF-8). The same bundles serve Vaadin views (as the {@link I18NProvider}) and the REST API.
 */
@Configuration
public class MessagesConfig {

    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "ValidationMessages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locales.ENGLISH);
        return source;
    }

    @Bean
    public I18NProvider i18nProvider(MessageSource messageSource) {
        return new Provider(messageSource);
    }

    static final class Provider implements I18NProvider {
        private static final Logger log = LoggerFactory.getLogger(Provider.class);
        private final MessageSource messages;

        Provider(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public List<Locale> getProvidedLocales() {
            return Locales.SUPPORTED;
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            try {
                return messages.getMessage(key, params, Locales.supported(locale));
            } catch (NoSuchMessageException e) {
                log.warn("Missing message key {}", key);
                return "!" + key;
            }
        }
    }
}
