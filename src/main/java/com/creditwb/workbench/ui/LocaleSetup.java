package com.creditwb.workbench.ui;

import com.creditwb.workbench.common.i18n.Locales;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Applies a language to the current UI and the session, so new tabs and reloads keep it. */
public final class LocaleSetup {

    private LocaleSetup() {
    }

    public static void apply(UI ui, Locale locale) {
        Locale supported = Locales.supported(locale);
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(supported);
        }
        ui.setLocale(supported);
    }
}
