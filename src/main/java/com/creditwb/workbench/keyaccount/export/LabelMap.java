package com.creditwb.workbench.keyaccount.export;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/** The {@code t} of a template: {@code ${t.actions}} is the message {@code keyaccount.xlsx.actions} in the export's language. */
final class LabelMap extends AbstractMap<String, String> {

    private final MessageSource messages;
    private final Locale locale;

    LabelMap(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public String get(Object key) {
        return messages.getMessage("keyaccount.xlsx." + key, null, String.valueOf(key), locale);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
