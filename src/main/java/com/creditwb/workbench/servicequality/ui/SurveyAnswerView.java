package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.servicequality.SurveyLinkService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The questionnaire a contact opens with a personal link — no account, no navigation, nothing else of the workbench —
 * in the contact's language. Answerable once, until the round's date; an unknown, used or expired link says so and
 * shows nothing of the round.
 */
@Route(value = "survey/:token", autoLayout = false)
@AnonymousAllowed
public class SurveyAnswerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SurveyLinkService surveys;
    String token;
    SurveyLinkService.Opened opened;
    AnswerPanel panel;
    final Problems problems = new Problems();
    final Button submit = new Button();

    public SurveyAnswerView(SurveyLinkService surveys) {
        this.surveys = surveys;
        setMaxWidth("60em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            opened = surveys.open(token);
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.setLocale(opened.invitation().getLocale()); // the contact's language, whatever the browser says
            }
            showForm();
        } catch (SurveyLinkService.LinkException e) {
            UI ui = UI.getCurrent();
            if (ui != null && e.locale() != null) {
                ui.setLocale(e.locale());
            }
            showClosed(e.reason());
        }
    }

    void showClosed(SurveyLinkService.LinkException.Reason reason) {
        removeAll();
        add(new H2(getTranslation("survey.link.title")));
        Paragraph p = new Paragraph(getTranslation(switch (reason) {
            case UNKNOWN -> "survey.link.unknown";
            case ANSWERED -> "survey.link.answered";
            case EXPIRED -> "survey.link.expired";
        }));
        p.setId("survey-closed");
        add(p);
    }

    void showForm() {
        removeAll();
        add(new H2(getTranslation("survey.answer.title", opened.customerName())));
        add(new Paragraph(getTranslation("survey.answer.intro", opened.invitation().getContactName(),
                Formats.date(opened.survey().getValidUntil(), getLocale()))));
        panel = new AnswerPanel(opened.questionnaire(), opened.invitation().getLocale());
        problems.setId("survey-problems");
        submit.setText(getTranslation("survey.answer.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("survey-submit");
        submit.addClickListener(e -> send());
        add(panel, problems, submit);
    }

    void send() {
        problems.clear();
        String missing = panel.missing();
        if (missing != null) {
            problems.show(missing);
            return;
        }
        try {
            surveys.answer(token, panel.form(null));
            removeAll();
            add(new H2(getTranslation("survey.answer.thanks")));
            Paragraph done = new Paragraph(getTranslation("survey.answer.thanksText"));
            done.setId("survey-thanks");
            add(done);
        } catch (ValidationException ex) {
            problems.show(ex);
        } catch (SurveyLinkService.LinkException ex) {
            showClosed(ex.reason());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.link.title");
    }
}
