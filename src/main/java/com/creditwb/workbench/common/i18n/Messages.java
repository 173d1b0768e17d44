package com.creditwb.workbench.common.i18n;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Text in the current user's language, for services that report problems in words. */
@Component
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, Locales.current());
    }
}
