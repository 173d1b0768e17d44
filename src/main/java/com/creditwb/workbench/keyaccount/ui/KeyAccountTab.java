package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.ui.CustomerTab;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/** Adds "Key account" to the customer page: value and segments, economics, identification, loyalty, Gale, plans. */
@org.springframework.stereotype.Component
class KeyAccountTab implements CustomerTab {

    private final KeyAccountService keyAccounts;

    private final com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService;

    private final com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    private final PlanService plans;
    private final com.creditwb.workbench.keyaccount.export.KeyAccountExport export;

    KeyAccountTab(KeyAccountService keyAccounts, com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService, com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService, PlanService plans, com.creditwb.workbench.keyaccount.export.KeyAccountExport export) {
        this.export = export;
        this.keyAccounts = keyAccounts;
        this.profileService = profileService;
        this.economicsService = economicsService;
        this.plans = plans;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String labelKey() {
        return "customer.tab.keyAccount";
    }

    @Override
    public boolean visible() {
        return keyAccounts.canUse();
    }

    @Override
    public Component create(CustomerRecord customer) {
        if (!keyAccounts.canRead(customer.id())) {
            return new Paragraph(com.vaadin.flow.component.UI.getCurrent().getTranslation("keyaccount.error.notYours"));
        }
        return new KeyAccountPanel(customer, keyAccounts, profileService, economicsService, plans, export);
    }
}
