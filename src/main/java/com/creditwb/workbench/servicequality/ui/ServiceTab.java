package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.ui.CustomerTab;
import com.creditwb.workbench.servicequality.SurveyService;
import com.vaadin.flow.component.Component;

/** Adds "Service" to the customer page: the survey rounds, their SERVQUAL results and trend (owner, credit managers, ADMIN). */
@org.springframework.stereotype.Component
class ServiceTab implements CustomerTab {

    private final SurveyService surveys;

    ServiceTab(SurveyService surveys) {
        this.surveys = surveys;
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
    public boolean visible() {
        return surveys.canUse();
    }

    @Override
    public Component create(Customer customer) {
        return new ServicePanel(customer, surveys);
    }
}
