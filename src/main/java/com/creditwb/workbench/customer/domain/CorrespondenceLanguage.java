package com.creditwb.workbench.customer.domain;

import com.creditwb.workbench.common.i18n.Labelled;
import com.creditwb.workbench.common.i18n.Locales;
import java.util.Locale;

/** The language a customer is written to in (letters, statements of account): 简体中文 or English. */
public enum CorrespondenceLanguage implements Labelled {
    ZH_CN(Locales.CHINESE), EN(Locales.ENGLISH);

    private final Locale locale;

    CorrespondenceLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String messageKey() {
        return "correspondenceLanguage." + name();
    }
}
