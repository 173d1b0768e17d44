package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.ui.CustomerTab;
import com.vaadin.flow.component.Component;

/** Adds "Credit" to the customer page: decision, exposure, DSO and the assessments. */
@org.springframework.stereotype.Component
class CreditTab implements CustomerTab {

    private final AssessmentService assessments;
    private final CreditMonitorService monitor;
    private final CustomerService customers;
    private final com.creditwb.workbench.credit.documents.DocumentService documents;
    private final com.creditwb.workbench.credit.limits.LimitService limits;
    private final com.creditwb.workbench.credit.groups.GroupService groups;

    private final java.time.Clock clock;
    private final com.creditwb.workbench.security.UserService users;

    CreditTab(AssessmentService assessments, CreditMonitorService monitor, CustomerService customers,
            com.creditwb.workbench.credit.documents.DocumentService documents, com.creditwb.workbench.credit.limits.LimitService limits,
            com.creditwb.workbench.credit.groups.GroupService groups, java.time.Clock clock, com.creditwb.workbench.security.UserService users) {
        this.clock = clock;
        this.users = users;
        this.groups = groups;
        this.documents = documents;
        this.limits = limits;
        this.assessments = assessments;
        this.monitor = monitor;
        this.customers = customers;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String labelKey() {
        return "customer.tab.credit";
    }

    @Override
    public boolean visible() {
        return assessments.canUseCredit();
    }

    @Override
    public Component create(CustomerRecord customer) {
        if (!customers.canSeeCredit(customer)) {
            return new com.vaadin.flow.component.html.Paragraph(
                    com.vaadin.flow.component.UI.getCurrent().getTranslation("credit.error.notYours"));
        }
        CreditPanel panel = new CreditPanel(customer, assessments, monitor, users::displayName);
        // after a limit request is approved or refused on this card the whole tab shows what the service now holds
        panel.addComponentAtIndex(1, new CreditOperationsCard(customer, monitor, documents, limits, groups, clock, panel::refresh, users::displayName));
        return panel;
    }
}
