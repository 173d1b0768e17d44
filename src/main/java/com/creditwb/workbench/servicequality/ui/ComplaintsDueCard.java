package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.ui.Card;
import com.creditwb.workbench.common.ui.DashboardCard;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.servicequality.Complaint;
import com.creditwb.workbench.servicequality.ComplaintService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/** The dashboard's overdue complaints of the assignee and of the customer's account manager. */
@org.springframework.stereotype.Component
class ComplaintsDueCard implements DashboardCard {

    private final ComplaintService complaints;
    private final CustomerService customers;

    ComplaintsDueCard(ComplaintService complaints, CustomerService customers) {
        this.complaints = complaints;
        this.customers = customers;
    }

    @Override
    public int order() {
        return 205;
    }

    @Override
    public boolean visible() {
        return !complaints.myOverdue().isEmpty();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Card card = new Card("complaint.dashboard.title");
        card.setId("dashboard-complaints");
        for (Complaint c : complaints.myOverdue().stream().limit(10).toList()) {
            Anchor link = new Anchor("customers/" + c.getCustomerId() + "?tab=service", card.getTranslation("complaint.dashboard.line",
                    customers.record(c.getCustomerId()).name(), Labels.of(card, c.getCategory()), Labels.of(card, c.getSeverity())));
            link.addClassName("wb-overdue-action");
            card.add(new Div(link));
        }
        return card;
    }
}
