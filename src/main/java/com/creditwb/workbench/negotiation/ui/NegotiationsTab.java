package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.ui.CustomerTab;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.vaadin.flow.component.Component;

/** Adds "Negotiations" to the customer page: the negotiations with the customer that the user may open (no others show). */
@org.springframework.stereotype.Component
class NegotiationsTab implements CustomerTab {

    private final NegotiationService negotiations;

    NegotiationsTab(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public String labelKey() {
        return "customer.tab.negotiations";
    }

    @Override
    public Component create(CustomerRecord customer) {
        return NegotiationsGrid.of(negotiations.forCustomer(customer.id()), "customer-negotiations");
    }
}
