package com.creditwb.workbench.common.excel;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/** The {@code t} of a template: {@code ${t.actions}} is the message {@code <prefix>actions} in the export's language. */
public final class TemplateLabels extends AbstractMap<String, String> {

    private final MessageSource messages;
    private final Locale locale;
    private final String prefix;

    public TemplateLabels(MessageSource messages, Locale locale, String prefix) {
        this.messages = messages;
        this.locale = locale;
        this.prefix = prefix;
    }

    @Override
    public String get(Object key) {
        return messages.getMessage(prefix + key, null, String.valueOf(key), locale);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
