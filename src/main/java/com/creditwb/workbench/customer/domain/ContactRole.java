package com.creditwb.workbench.customer.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** A contact's part in the customer's buying decisions. */
public enum ContactRole implements Labelled {
    DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, FINANCE, OTHER;

    @Override
    public String messageKey() {
        return "contactRole." + name();
    }
}
