package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.ActivityService;
import com.creditwb.workbench.collection.CollectorService;
import com.creditwb.workbench.collection.OpenItemService;
import com.creditwb.workbench.collection.PromiseService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.ui.CustomerTab;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.Component;
import java.time.Clock;

/** Adds "Collections" to the customer page for who may read the customer's credit: items, payments, promises and contacts. */
@org.springframework.stereotype.Component
class CollectionsTab implements CustomerTab {

    private final OpenItemService items;
    private final PromiseService promises;
    private final ActivityService activities;
    private final CollectorService collectors;
    private final com.creditwb.workbench.collection.DisputeService disputes;
    private final com.creditwb.workbench.credit.hold.CollectionHoldService holds;
    private final com.creditwb.workbench.collection.WriteOffService writeOffs;
    private final CustomerService customers;
    private final com.creditwb.workbench.collection.DunningService dunning;
    private final UserService users;
    private final Clock clock;

    CollectionsTab(OpenItemService items, PromiseService promises, ActivityService activities, CollectorService collectors,
            CustomerService customers, UserService users, Clock clock, com.creditwb.workbench.collection.DisputeService disputes,
            com.creditwb.workbench.credit.hold.CollectionHoldService holds, com.creditwb.workbench.collection.WriteOffService writeOffs,
            com.creditwb.workbench.collection.DunningService dunning) {
        this.dunning = dunning;
        this.holds = holds;
        this.writeOffs = writeOffs;
        this.disputes = disputes;
        this.items = items;
        this.promises = promises;
        this.activities = activities;
        this.collectors = collectors;
        this.customers = customers;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public String labelKey() {
        return "customer.tab.collections";
    }

    @Override
    public boolean visible() {
        return customers.readableOnly(com.creditwb.workbench.security.AccessPolicy.Area.CREDIT).map(ids -> !ids.isEmpty()).orElse(true);
    }

    @Override
    public Component create(CustomerRecord customer) {
        if (!items.canRead(customer.id())) {
            return new com.vaadin.flow.component.html.Paragraph(new com.vaadin.flow.component.html.Div().getTranslation("collection.tab.notYours"));
        }
        return new CollectionsPanel(customer, items, promises, activities, collectors, disputes, users, clock, holds, writeOffs, dunning);
    }
}
