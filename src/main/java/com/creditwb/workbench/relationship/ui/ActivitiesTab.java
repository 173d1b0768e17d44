package com.creditwb.workbench.relationship.ui;

import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.ui.CustomerTab;
import com.creditwb.workbench.relationship.ContactLogService;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.UserService;
import java.time.Clock;

/** The customer's *Activities* tab: the contact and visit log with each contact's next steps. */
@org.springframework.stereotype.Component
class ActivitiesTab implements CustomerTab {

    private final ContactLogService activities;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActivitiesTab(ContactLogService activities, UserService users, CurrentUser currentUser, Clock clock) {
        this.activities = activities;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 32;
    }

    @Override
    public String labelKey() {
        return "customer.tab.activities";
    }

    @Override
    public com.vaadin.flow.component.Component create(CustomerRecord customer) {
        if (!activities.canRead(customer.id())) {
            return new com.vaadin.flow.component.html.Paragraph(new com.vaadin.flow.component.html.Div().getTranslation("activity.notYours"));
        }
        return new ActivitiesPanel(customer, activities, users, currentUser.username(), clock);
    }
}
