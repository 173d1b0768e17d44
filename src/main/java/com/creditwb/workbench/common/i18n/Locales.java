package com.creditwb.workbench.common.i18n;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The two languages of the workbench and the locale of whoever is being served right now. */
public final class Locales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Locales() {
    }

    /** The UI's locale inside a Vaadin request, otherwise the request's (Accept-Language) locale. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return supported(ui != null ? ui.getLocale() : LocaleContextHolder.getLocale());
    }

    /** Maps any locale onto one of the two the workbench speaks (Chinese variants to zh-CN, else English). */
    public static Locale supported(Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }

    /** Whether the locale is (mapped to) Chinese: the one question the bilingual texts, files and templates ask. */
    public static boolean isChinese(Locale locale) {
        return supported(locale) == CHINESE;
    }

    /** "zh" or "en": the short tag of element ids and message keys. */
    public static String language(Locale locale) {
        return isChinese(locale) ? "zh" : "en";
    }

    /** "zh_CN" or "en": the suffix of bundled files (guide, templates) in the locale's language. */
    public static String fileSuffix(Locale locale) {
        return isChinese(locale) ? "zh_CN" : "en";
    }

    public static Locale parse(String tag) {
        return tag == null || tag.isBlank() ? null : supported(Locale.forLanguageTag(tag));
    }

    /** Runs the work with the given locale as Spring's current one (messages it produces), then restores the previous one. */
    public static void runIn(Locale locale, Runnable work) {
        Locale previous = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
        try {
            work.run();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(previous);
        }
    }
}
