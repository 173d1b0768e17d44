package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.servicequality.QuestionnaireService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.ui.CustomerTab;
import com.creditwb.workbench.servicequality.SurveyService;
import com.vaadin.flow.component.Component;

/**
 * Adds "Service" to the customer page: the complaints (anyone may raise one; each shows to who may read it) and the
 * survey rounds with their SERVQUAL results and trend (owner, credit managers, ADMIN).
 */
@org.springframework.stereotype.Component
class ServiceTab implements CustomerTab {

    private final SurveyService surveys;

    private final QuestionnaireService questionnaires;
    private final com.creditwb.workbench.servicequality.ComplaintService complaints;
    private final com.creditwb.workbench.security.UserService users;

    private final java.time.Clock clock;

    ServiceTab(SurveyService surveys, QuestionnaireService questionnaires, com.creditwb.workbench.servicequality.ComplaintService complaints,
            com.creditwb.workbench.security.UserService users, java.time.Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.complaints = complaints;
        this.users = users;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public String labelKey() {
        return "customer.tab.service";
    }

    @Override
    public Component create(CustomerRecord customer) {
        return new ServicePanel(customer, surveys, questionnaires, complaints, users, clock);
    }
}
