package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.common.i18n.Labelled;

/** What an issue of the plan is about. */
public enum IssueKind implements Labelled {
    PRICE, QUANTITY, PAYMENT_TERMS_DAYS, DELIVERY_DAYS, WARRANTY_MONTHS, OTHER;

    @Override
    public String messageKey() {
        return "negotiation.issueKind." + name();
    }
}
