package com.creditwb.workbench.security.ui;

import com.creditwb.workbench.common.i18n.Locales;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

/** Sign-in with the translated login form and a language choice. */
@Route(value = "login", autoLayout = false)
@PageTitle("Workbench")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("wb-login");
        setSizeFull();
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(null));
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("color", "white").set("margin-bottom", "0");
        Paragraph description = new Paragraph(getTranslation("login.description"));
        description.getStyle().set("color", "rgba(255,255,255,0.85)").set("margin-top", "0");

        Select<Locale> language = new Select<>();
        language.setId("login-language");
        language.setItems(Locales.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.toLanguageTag()));
        language.setValue(Locales.supported(getLocale()));
        language.setAriaLabel(getTranslation("language.label"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        language.getStyle().set("background", "white").set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 0.5em");
        add(title, description, login, language);
    }

    private LoginI18n i18n(String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorMessageKey == null ? "login.error.message" : errorMessageKey));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // one message for a wrong password, an unknown user, a locked or a disabled account: the
            // answer must not tell which usernames exist
            login.setI18n(i18n("login.error.message"));
            login.setError(true);
        }
    }
}
